<?php
/**
 * The element's attributes, checked the way the element checks them.
 *
 * Allowed values and defaults follow the widget: `lang` is de or en (a
 * region such as de-AT is accepted; absent means the page's language),
 * `theme` is auto, light or dark (default auto), `persist` is session,
 * local or off (default session), `loading` is eager or lazy (default
 * eager), `content` is the URL of a content pack (https:, http: or a path;
 * absent means the built-in texts). Case and surrounding space are ignored.
 * Anything else falls back to the default.
 *
 * @package StartklarQuiz
 */

defined( 'ABSPATH' ) || exit;

/**
 * The element's keyword attributes: allowed values, the first is the default.
 *
 * @return array<string, string[]>
 */
function startklar_quiz_keyword_attributes() {
	return array(
		'theme'   => array( 'auto', 'light', 'dark' ),
		'persist' => array( 'session', 'local', 'off' ),
		'loading' => array( 'eager', 'lazy' ),
	);
}

/**
 * The attribute names the shortcode and the block accept, with their defaults
 * as the shortcode writes them ('' means: leave the attribute out).
 *
 * @return array<string, string>
 */
function startklar_quiz_attribute_defaults() {
	return array(
		'lang'    => '',
		'theme'   => 'auto',
		'persist' => 'session',
		'loading' => 'eager',
		'content' => '',
		'id'      => '',
	);
}

/**
 * Checks raw attribute values and returns the element's attributes.
 *
 * @param array $raw Values from a shortcode or a block (untrusted).
 * @return array<string, string> Attribute name => value, valid values only.
 */
function startklar_quiz_sanitize_attributes( $raw ) {
	$raw = is_array( $raw ) ? $raw : array();
	$out = array();

	$lang = startklar_quiz_lang( isset( $raw['lang'] ) ? $raw['lang'] : '' );
	if ( '' !== $lang ) {
		$out['lang'] = $lang;
	}

	foreach ( startklar_quiz_keyword_attributes() as $name => $allowed ) {
		$value        = isset( $raw[ $name ] ) && is_scalar( $raw[ $name ] ) ? strtolower( trim( (string) $raw[ $name ] ) ) : '';
		$out[ $name ] = in_array( $value, $allowed, true ) ? $value : $allowed[0];
	}

	$content = startklar_quiz_content_url( isset( $raw['content'] ) ? $raw['content'] : '' );
	if ( '' !== $content ) {
		$out['content'] = $content;
	}

	// The element keys its stored answers by its id: a plain HTML id only.
	$id = isset( $raw['id'] ) && is_scalar( $raw['id'] ) ? trim( (string) $raw['id'] ) : '';
	if ( 1 === preg_match( '/^[A-Za-z][A-Za-z0-9_-]{0,63}$/', $id ) ) {
		$out['id'] = $id;
	}

	return $out;
}

/**
 * The `lang` value: 'de', 'en', or '' (the element then follows the page).
 *
 * @param mixed $value The raw value.
 * @return string
 */
function startklar_quiz_lang( $value ) {
	if ( ! is_scalar( $value ) ) {
		return '';
	}
	$parts   = preg_split( '/[-_]/', strtolower( trim( (string) $value ) ) );
	$primary = is_array( $parts ) ? $parts[0] : '';
	return in_array( $primary, array( 'de', 'en' ), true ) ? $primary : '';
}

/**
 * The `content` value: the URL of a content pack, or '' (built-in texts).
 *
 * A path such as /wp-content/uploads/my-pack.json or my-pack.json stays as
 * it is (esc_url_raw would turn the latter into http://my-pack.json); any
 * other value must be an https: or http: URL.
 *
 * @param mixed $value The raw value.
 * @return string
 */
function startklar_quiz_content_url( $value ) {
	if ( ! is_scalar( $value ) ) {
		return '';
	}
	$value = trim( (string) $value );
	if ( 1 === preg_match( '#^[A-Za-z0-9._~%/-][A-Za-z0-9._~%/?=&+-]*$#', $value ) ) {
		return $value;
	}
	return '' === $value ? '' : esc_url_raw( $value, array( 'http', 'https' ) );
}

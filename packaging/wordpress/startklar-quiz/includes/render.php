<?php
/**
 * The shortcode and the markup shared with the block.
 *
 * @package StartklarQuiz
 */

defined( 'ABSPATH' ) || exit;

/**
 * The shortcode [startklar lang="de" theme="auto" persist="session" id="…"].
 *
 * @param array|string $atts Shortcode attributes ('' when there are none).
 * @return string
 */
function startklar_quiz_shortcode( $atts ) {
	$atts = shortcode_atts( startklar_quiz_attribute_defaults(), is_array( $atts ) ? $atts : array(), 'startklar' );
	return startklar_quiz_markup( $atts );
}

/**
 * The element with checked, escaped attributes and a link to the quiz as a
 * page inside it (shown until the widget starts, and kept if it cannot);
 * enqueues the loader for this page.
 *
 * @param array $raw Untrusted attribute values.
 * @return string
 */
function startklar_quiz_markup( $raw ) {
	wp_enqueue_script( 'startklar-quiz' );

	$attributes = startklar_quiz_sanitize_attributes( $raw );
	$html       = '<startklar-quiz';
	foreach ( $attributes as $name => $value ) {
		$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	$lang = isset( $attributes['lang'] ) ? $attributes['lang'] : '';
	$page = plugins_url( 'widget/index.html', STARTKLAR_QUIZ_FILE );
	if ( '' !== $lang ) {
		$page = add_query_arg( 'lang', $lang, $page );
	}
	$html .= '><p><a href="' . esc_url( $page ) . '">' . esc_html( startklar_quiz_link_text( $lang ) ) . '</a></p></startklar-quiz>';
	return $html;
}

/**
 * The fallback link's text: in the quiz's language when the author chose
 * one, else in the site's language.
 *
 * @param string $lang 'de', 'en' or ''.
 * @return string
 */
function startklar_quiz_link_text( $lang ) {
	if ( 'de' === $lang ) {
		return 'Zum Quiz: Sind Sie startklar?';
	}
	if ( 'en' === $lang ) {
		return 'Take the quiz: Are you ready to start?';
	}
	return __( 'Take the quiz: Are you ready to start?', 'startklar-quiz' );
}

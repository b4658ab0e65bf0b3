<?php
/**
 * The block "Startklar Quiz" (startklar/quiz): settings in the block
 * sidebar, markup from PHP, no JavaScript build step.
 *
 * @package StartklarQuiz
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the editor script and the block from block/block.json.
 */
function startklar_quiz_register_block() {
	wp_register_script(
		'startklar-quiz-editor',
		plugins_url( 'block/editor.js', STARTKLAR_QUIZ_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor' ),
		STARTKLAR_QUIZ_VERSION,
		true
	);
	wp_localize_script( 'startklar-quiz-editor', 'startklarQuizEditor', startklar_quiz_editor_texts() );

	register_block_type(
		dirname( STARTKLAR_QUIZ_FILE ) . '/block',
		array( 'render_callback' => 'startklar_quiz_render_block' )
	);
}

/**
 * The block's front-end markup: the same element as the shortcode's.
 *
 * @param array $attributes The block's attributes (untrusted).
 * @return string
 */
function startklar_quiz_render_block( $attributes ) {
	return startklar_quiz_markup( $attributes );
}

/**
 * The editor's texts, translated here so that one .mo serves PHP and the
 * editor.
 *
 * @return array<string, string>
 */
function startklar_quiz_editor_texts() {
	return array(
		'settings'       => __( 'Quiz settings', 'startklar-quiz' ),
		'language'       => __( 'Language', 'startklar-quiz' ),
		'pageLanguage'   => __( 'The page’s language', 'startklar-quiz' ),
		'german'         => __( 'German', 'startklar-quiz' ),
		'english'        => __( 'English', 'startklar-quiz' ),
		'theme'          => __( 'Colour scheme', 'startklar-quiz' ),
		'themeAuto'      => __( 'Automatic (as the visitor’s system)', 'startklar-quiz' ),
		'themeLight'     => __( 'Light', 'startklar-quiz' ),
		'themeDark'      => __( 'Dark', 'startklar-quiz' ),
		'persist'        => __( 'Remember answers', 'startklar-quiz' ),
		'persistSession' => __( 'Until the tab is closed', 'startklar-quiz' ),
		'persistLocal'   => __( 'Also after the browser is closed', 'startklar-quiz' ),
		'persistOff'     => __( 'Not at all', 'startklar-quiz' ),
		'loading'        => __( 'Load the quiz', 'startklar-quiz' ),
		'loadingEager'   => __( 'With the page', 'startklar-quiz' ),
		'loadingLazy'    => __( 'When the reader scrolls near it', 'startklar-quiz' ),
		'content'        => __( 'Content pack (URL, optional)', 'startklar-quiz' ),
		'contentHelp'    => __( 'Your own words: the address of a content pack, a JSON file copied from the plugin’s widget/content/en.json and edited, for example uploaded to the media library. Empty: the built-in texts.', 'startklar-quiz' ),
		'id'             => __( 'ID (optional)', 'startklar-quiz' ),
		'idHelp'         => __( 'With more than one quiz on a page, give each its own ID so that each finds its stored answers again.', 'startklar-quiz' ),
		'instructions'   => __( 'The quiz appears here on the published page.', 'startklar-quiz' ),
	);
}

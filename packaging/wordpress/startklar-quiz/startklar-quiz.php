<?php
/**
 * Plugin Name:       Startklar Quiz
 * Plugin URI:        https://github.com/startklar/startklar
 * Description:       Eight questions: is your business ready for social media? The Startklar self-assessment quiz as a shortcode [startklar] and a block, computed entirely in the visitor's browser.
 * Version:           @VERSION@
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       startklar-quiz
 * Domain Path:       /languages
 *
 * @package StartklarQuiz
 */

defined( 'ABSPATH' ) || exit;

define( 'STARTKLAR_QUIZ_VERSION', '@VERSION@' );
define( 'STARTKLAR_QUIZ_FILE', __FILE__ );

require_once __DIR__ . '/includes/attributes.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/block.php';

add_action( 'init', 'startklar_quiz_init' );

/**
 * Loads the translations, registers the loader script, the shortcode and the block.
 */
function startklar_quiz_init() {
	load_plugin_textdomain( 'startklar-quiz', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );

	// Registered only: it is enqueued by the shortcode or the block, so pages
	// without a quiz load nothing. In the footer, because a shortcode runs
	// after the head has been printed.
	wp_register_script(
		'startklar-quiz',
		plugins_url( 'widget/startklar.js', __FILE__ ),
		array(),
		STARTKLAR_QUIZ_VERSION,
		true
	);

	add_shortcode( 'startklar', 'startklar_quiz_shortcode' );
	startklar_quiz_register_block();
}

add_filter( 'script_loader_tag', 'startklar_quiz_module_tag', 10, 2 );

/**
 * Makes the loader's tag a module script. WordPress 6.1 has no
 * wp_enqueue_script_module() (that came with 6.5), so the tag is rewritten.
 *
 * @param string $tag    The script tag WordPress prints.
 * @param string $handle The script's handle.
 * @return string
 */
function startklar_quiz_module_tag( $tag, $handle ) {
	if ( 'startklar-quiz' !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=([\'"])[^\'"]*\1/', '', $tag );
	return preg_replace( '/<script\b/', '<script type="module"', $tag, 1 );
}

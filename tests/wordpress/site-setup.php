<?php
/**
 * Sets up the throw-away test site (run by scripts/test-wordpress.sh):
 *
 *   php site-setup.php SITE install    installs WordPress
 *   php site-setup.php SITE content    activates the plugin, writes the test
 *                                      posts and prints their ids and the
 *                                      shortcode's attributes as JSON
 */

[ , $site, $step ] = $argv;

if ( 'install' === $step ) {
	define( 'WP_INSTALLING', true );
	require $site . '/wp-load.php';
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	$result = wp_install( 'Startklar test site', 'admin', 'admin@example.org', false, '', 'startklar-admin' );
	if ( empty( $result['user_id'] ) ) {
		fwrite( STDERR, "install failed\n" );
		exit( 1 );
	}
	exit( 0 );
}

require $site . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

$activated = activate_plugin( 'startklar-quiz/startklar-quiz.php' );
if ( is_wp_error( $activated ) ) {
	fwrite( STDERR, 'activation failed: ' . $activated->get_error_message() . "\n" );
	exit( 1 );
}

$posts = array(
	'shortcode' => '[startklar lang="de" theme="auto" persist="session"]',
	'block'     => '<!-- wp:startklar/quiz {"lang":"en","theme":"dark","persist":"off","loading":"lazy","id":"quiz-en"} /-->',
	'invalid'   => '[startklar lang="fr" theme="neon" persist="forever" loading="soon" id="two words"]',
	'hostile'   => "[startklar lang='\"><img src=x onerror=alert(1)>' theme='dark\" onclick=\"alert(1)' persist=\"<script>alert(1)</script>\" loading='lazy\" onmouseover=\"alert(1)' content='data:text/html,<b>x</b>' id='a\"b']",
	'plain'     => '<!-- wp:paragraph --><p>A post without a quiz.</p><!-- /wp:paragraph -->',
	'pack'      => '[startklar content="/wp-content/uploads/startklar-fr.json"]<!-- wp:startklar/quiz {"content":"javascript:alert(1)","id":"second"} /-->',
);
$ids = array();
foreach ( $posts as $name => $content ) {
	$id = wp_insert_post(
		array(
			'post_title'   => 'Startklar ' . $name,
			'post_content' => $content,
			'post_status'  => 'publish',
			'post_author'  => 1,
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, "post $name: " . $id->get_error_message() . "\n" );
		exit( 1 );
	}
	$ids[ $name ] = $id;
}

echo wp_json_encode(
	array(
		'posts'     => $ids,
		'theme'     => get_option( 'template' ),
		'active'    => is_plugin_active( 'startklar-quiz/startklar-quiz.php' ),
		'shortcode' => startklar_quiz_attribute_defaults(),
	)
);

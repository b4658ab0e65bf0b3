<?php
/**
 * Test-site helpers (a must-use plugin of the throw-away site only):
 * ?csp=1 sends a strict Content-Security-Policy, ?locale=xx_YY switches the
 * site's language for one request, and no mail is sent.
 */

add_filter( 'pre_wp_mail', '__return_true' );

if ( isset( $_GET['locale'] ) && preg_match( '/^[a-z]{2}_[A-Z]{2}$/', $_GET['locale'] ) ) {
	$startklar_test_locale = $_GET['locale'];
	add_filter(
		'locale',
		function () use ( $startklar_test_locale ) {
			return $startklar_test_locale;
		}
	);
}

if ( isset( $_GET['csp'] ) ) {
	add_action(
		'send_headers',
		function () {
			// Strict for scripts (no inline script, no eval); WordPress's
			// block theme prints inline styles of its own, so style-src allows them.
			header( "Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'" );
		}
	);
}

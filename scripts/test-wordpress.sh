#!/usr/bin/env bash
# The WordPress stage of the test command: a real WordPress from Debian's
# packages (wordpress 6.1 with its default theme, PHP, MariaDB) in a temporary
# folder, the plugin zip from target/package/ installed and activated, test
# posts with the shortcode and the block, and tests/wordpress/ run against it
# in Chromium. MariaDB listens on a socket only (--skip-networking), PHP's
# server on 127.0.0.1; both are stopped and the folder removed on every exit.
#
#   bash scripts/package.sh && bash scripts/test-wordpress.sh
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

say() { echo "test-wordpress: $*"; }
fail() { echo "test-wordpress: $*" >&2; exit 1; }

version=$(awk -F'"' '/^\[/ { pkg = ($0 == "[package]") } pkg && /^version *=/ { print $2; exit }' Cargo.toml)
plugin_zip="$ROOT/target/package/startklar-wordpress-$version.zip"
[[ -f $plugin_zip ]] || fail "$plugin_zip missing: run bash scripts/package.sh first"

# Debian's packages, installed once (no service starts by itself).
missing=()
for p in wordpress php-cli php-mysql mariadb-server unzip; do
  [[ $(dpkg-query -W -f='${Status}' "$p" 2>/dev/null) == "install ok installed" ]] || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""; [[ $EUID -eq 0 ]] || sudo=sudo
  say "installing Debian packages ${missing[*]}"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/startklar-wp.XXXXXX")
db_pid="" php_pid=""
cleanup() {
  local rc=$?
  set +e   # clean up everything, whatever fails
  # PHP's server runs in a process group of its own (its workers with it).
  [[ -n $php_pid ]] && kill -- "-$php_pid" 2>/dev/null && wait "$php_pid" 2>/dev/null
  [[ -n $db_pid ]] && kill "$db_pid" 2>/dev/null && wait "$db_pid" 2>/dev/null
  if ((rc)) && [[ -d $tmp ]]; then
    for log in "$tmp"/mariadb.err "$tmp"/php-server.log "$tmp"/debug.log; do
      [[ -s $log ]] && { echo "---- $(basename "$log") (last lines)"; tail -n 20 "$log"; }
    done
  fi
  rm -rf "$tmp"
  exit "$rc"
}
trap cleanup EXIT INT TERM

# Every PHP file of the plugin, as shipped.
unzip -q "$plugin_zip" -d "$tmp/plugin"
php_files=0
while IFS= read -r -d '' f; do
  php -l "$f" >/dev/null || fail "php -l failed: ${f#"$tmp"/plugin/}"
  php_files=$((php_files + 1))
done < <(find "$tmp/plugin" -name '*.php' -print0)
((php_files > 0)) || fail "no PHP files in $plugin_zip"
say "php -l: $php_files files ok"
# The block's editor script is plain JavaScript without a build step: it must parse.
node --check "$tmp/plugin/startklar-quiz/block/editor.js" || fail "block/editor.js does not parse"

# A throw-away database on a socket.
sock="$tmp/mysqld.sock"
mariadb-install-db --no-defaults --datadir="$tmp/db" --auth-root-authentication-method=normal \
  --user="$(id -un)" >"$tmp/mariadb-install.log" 2>&1 || fail "mariadb-install-db failed (see $tmp/mariadb-install.log)"
mariadbd --no-defaults --datadir="$tmp/db" --socket="$sock" --skip-networking --user="$(id -un)" \
  --pid-file="$tmp/mariadb.pid" --log-error="$tmp/mariadb.err" &
db_pid=$!
for _ in $(seq 100); do
  mariadb-admin --no-defaults -S "$sock" -uroot ping >/dev/null 2>&1 && break
  kill -0 "$db_pid" 2>/dev/null || fail "mariadbd stopped"
  sleep 0.2
done
mariadb --no-defaults -S "$sock" -uroot -e \
  "CREATE DATABASE wp; CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp'; GRANT ALL ON wp.* TO 'wp'@'localhost';"

# A throw-away site: Debian's WordPress, its own wp-config.php, the plugin.
port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
site="$tmp/site"
cp -r /usr/share/wordpress "$site"
url="http://127.0.0.1:$port"
cat >"$site/wp-config.php" <<PHP
<?php
define( 'DB_NAME', 'wp' );
define( 'DB_USER', 'wp' );
define( 'DB_PASSWORD', 'wp' );
define( 'DB_HOST', 'localhost:$sock' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
\$table_prefix = 'wp_';
define( 'WP_HOME', '$url' );
define( 'WP_SITEURL', '$url' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '$tmp/debug.log' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'DISABLE_WP_CRON', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
PHP
mkdir -p "$site/wp-content/mu-plugins"
cp tests/wordpress/mu-plugin.php "$site/wp-content/mu-plugins/startklar-test.php"
cp -r "$tmp/plugin/startklar-quiz" "$site/wp-content/plugins/"
# An author's own words, uploaded as a content pack: the French test pack.
mkdir -p "$site/wp-content/uploads"
cp tests/packs/good/fr.json "$site/wp-content/uploads/startklar-fr.json"
export HTTP_HOST="127.0.0.1:$port"
php tests/wordpress/site-setup.php "$site" install >"$tmp/install.log" 2>&1 || { cat "$tmp/install.log"; fail "WordPress install failed"; }
site_json=$(php tests/wordpress/site-setup.php "$site" content 2>>"$tmp/install.log") || { cat "$tmp/install.log"; fail "plugin activation or posts failed"; }
say "site ready: $site_json"

# setsid: on shutdown the server signals its whole process group, which must
# not be this script's.
PHP_CLI_SERVER_WORKERS=4 setsid php -d display_errors=0 -d log_errors=1 -d error_log="$tmp/debug.log" \
  -S "127.0.0.1:$port" -t "$site" >"$tmp/php-server.log" 2>&1 &
php_pid=$!
for _ in $(seq 50); do
  node -e 'fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$url/wp-login.php" && break
  kill -0 "$php_pid" 2>/dev/null || fail "php -S stopped"
  sleep 0.2
done

STARTKLAR_WP_URL="$url/" STARTKLAR_WP_SITE="$site_json" STARTKLAR_WP_LOG="$tmp/debug.log" \
  node --test tests/wordpress/

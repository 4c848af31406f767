#!/bin/sh
# Puts a release live on the web server, and back: docs/admin.md, section 2 ("Releases and
# rollback"). Runs on the server itself (POSIX sh and GNU coreutils; no Node needed).
#
#   hosting/release.sh SITE activate NAME   make SITE/releases/NAME live
#   hosting/release.sh SITE rollback        make the release that was live before live again
#   hosting/release.sh SITE list            the releases, and which is live / previous
#
# Layout (nginx's root is SITE/live, hosting/nginx.conf):
#   SITE/releases/<version>-<registry>/   one complete release each (the contents of dist/),
#                                        uploaded with rsync or SFTP in any order
#   SITE/live     -> releases/<name>      what nginx serves
#   SITE/previous -> releases/<name>      what was live before (the rollback target)
#
# A release goes live in one step (a symbolic link is replaced atomically with rename), only when
# it is complete: every file Outlook loads by name, and every script its pages name. So the order
# in which an upload tool copies files does not matter, and nothing is live half-way. The hashed
# files of the release that was live are copied into the new one (when missing), so a task pane
# opened before the switch can still load its lazy chunks; they are never deleted by this script.
set -eu

usage() {
  echo "usage: $0 SITE activate NAME | SITE rollback | SITE list" >&2
  exit 2
}

[ $# -ge 2 ] || usage
site=$1
command=$2
releases="$site/releases"
[ -d "$releases" ] || { echo "$releases is not a folder: upload a release to $releases/<name>/ first" >&2; exit 2; }

# The release a link points at (its name under releases/), or nothing.
target() {
  if [ -L "$1" ]; then basename "$(readlink "$1")"; fi
}

describe() {
  if [ -f "$releases/$1/version.json" ]; then
    tr -d '\n' <"$releases/$1/version.json" | sed -e 's/[[:space:]]\{1,\}/ /g'
  fi
}

# Replaces link $1 by one to releases/$2 in one rename (mv -T: never a moment without it).
point() {
  ln -sfn "releases/$2" "$1.new"
  mv -T "$1.new" "$1"
}

# Everything Outlook and the pane load, present in release $1; prints what is missing.
missing() {
  dir="$releases/$1"
  for f in taskpane.html commands.html onsend.js manifest.xml; do
    [ -s "$dir/$f" ] || echo "$f"
  done
  for page in taskpane.html commands.html; do
    [ -f "$dir/$page" ] || continue
    # The pages are minified: src=name.js, with or without quotes; office.js (https:) is Microsoft's.
    grep -o '<script[^>]*src=[^ >]*' "$dir/$page" | sed -e 's/.*src=//' -e "s/[\"']//g" | grep -v ':' | while read -r src; do
      [ -s "$dir/$src" ] || echo "$src (named in $page)"
    done
  done
}

# The manifest without its header comment and <Version>: what decides whether the admin center
# needs an upload (docs/versioning.md). Empty when there is no manifest.
manifest_core() {
  [ -f "$releases/$1/manifest.xml" ] || return 0
  sed -e '1,/-->/d' -e '/<Version>/d' "$releases/$1/manifest.xml"
}

# Says whether releases $1 and $2 need different manifests deployed.
manifest_note() {
  if [ "$(manifest_core "$1")" = "$(manifest_core "$2")" ]; then
    echo "manifest: unchanged apart from its Version; no upload in the admin center is needed"
  else
    echo "manifest: CHANGED; upload $releases/$2/manifest.xml in the admin center (consent again, docs/versioning.md)"
  fi
}

case "$command" in
  activate)
    [ $# -eq 3 ] || usage
    name=$3
    case "$name" in
      '' | */* | .*) echo "release name \"$name\" must be a folder name under $releases/ (no /, not starting with a dot)" >&2; exit 2 ;;
    esac
    [ -d "$releases/$name" ] || { echo "$releases/$name does not exist: upload the release there first" >&2; exit 1; }
    gaps=$(missing "$name")
    if [ -n "$gaps" ]; then
      echo "$releases/$name is not complete (upload not finished?); nothing changed. Missing:" >&2
      echo "$gaps" | sed -e 's/^/  /' >&2
      exit 1
    fi
    current=$(target "$site/live")
    if [ "$current" = "$name" ]; then
      echo "$name is already live: $(describe "$name")"
      exit 0
    fi
    if [ -n "$current" ] && [ -d "$releases/$current" ]; then
      # Keep what open panes of the old release may still ask for.
      for f in "$releases/$current"/*; do
        base=$(basename "$f")
        if [ -f "$f" ] && printf '%s\n' "$base" | grep -Eq '\.[0-9a-f]{8,}\.(js|css|wasm|png|svg|woff2?)$' && [ ! -e "$releases/$name/$base" ]; then
          cp -p "$f" "$releases/$name/$base"
        fi
      done
      point "$site/previous" "$current"
    fi
    point "$site/live" "$name"
    echo "live: $name $(describe "$name")"
    if [ -n "$current" ]; then
      echo "previous: $current (hosting/release.sh $site rollback)"
      manifest_note "$current" "$name"
    fi
    ;;
  rollback)
    [ $# -eq 2 ] || usage
    current=$(target "$site/live")
    before=$(target "$site/previous")
    [ -n "$before" ] && [ -d "$releases/$before" ] || { echo "no previous release to go back to ($site/previous)" >&2; exit 1; }
    point "$site/live" "$before"
    [ -z "$current" ] || point "$site/previous" "$current"
    echo "live: $before $(describe "$before")"
    if [ -n "$current" ]; then
      echo "previous: $current"
      if [ "$(manifest_core "$current")" != "$(manifest_core "$before")" ]; then
        echo "manifest: the two releases need different manifests. Outlook keeps the one deployed until you upload another, with a higher Version (docs/versioning.md, \"Rolling back\")"
      fi
    fi
    ;;
  list)
    [ $# -eq 2 ] || usage
    live=$(target "$site/live")
    before=$(target "$site/previous")
    for dir in "$releases"/*/; do
      [ -d "$dir" ] || continue
      name=$(basename "$dir")
      mark='        '
      [ "$name" != "$before" ] || mark='previous'
      [ "$name" != "$live" ] || mark='live    '
      echo "$mark $name $(describe "$name")"
    done
    ;;
  *) usage ;;
esac

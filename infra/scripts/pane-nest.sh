#!/bin/sh
# azd hook (cwd: addin/): the pane is built for the path /pane/ (Vite base, manifest URLs), but a
# Static Web App serves its upload from the root. Moving the build into dist/pane/ keeps every URL
# the same as in the local run. Running it twice changes nothing.
set -eu

dist=${1:-dist}
if [ -f "$dist/pane/index.html" ] && [ ! -f "$dist/index.html" ]; then
  exit 0
fi
if [ ! -f "$dist/index.html" ]; then
  echo "pane-nest: $dist/index.html is missing; build the pane first." >&2
  exit 1
fi

staging="$dist.pane-nest"
rm -rf "$staging"
mkdir -p "$staging"
mv "$dist" "$staging/pane"
mv "$staging" "$dist"

# The site's root has no page of its own: send it to the pane.
cat > "$dist/staticwebapp.config.json" <<'JSON'
{
  "routes": [
    { "route": "/", "redirect": "/pane/index.html", "statusCode": 302 }
  ]
}
JSON

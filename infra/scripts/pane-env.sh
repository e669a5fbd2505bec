#!/bin/sh
# azd hook (cwd: addin/): writes the pane's build-time settings from the azd environment into
# .env.production.local, which Vite reads during `npm run build`. These are ids and URLs, no secrets.
set -eu

require() {
  eval "value=\${$1:-}"
  if [ -z "$value" ]; then
    echo "pane-env: $1 is not set; run 'azd provision' first (and 'azd env set AUTH_CLIENT_ID ...')." >&2
    exit 1
  fi
}

for name in AUTH_CLIENT_ID AUTH_AUTHORITY AUTH_APPLICATION_ID_URI API_URL PANE_ORIGIN; do
  require "$name"
done

cat > .env.production.local <<ENV
VITE_AUTH_CLIENT_ID=$AUTH_CLIENT_ID
VITE_AUTH_AUTHORITY=$AUTH_AUTHORITY
VITE_AUTH_API_SCOPE=$AUTH_APPLICATION_ID_URI/access_as_user
VITE_AUTH_DIALOG_URL=$PANE_ORIGIN/pane/auth-dialog.html
VITE_API_BASE_URL=$API_URL/api
ENV
echo "pane-env: wrote $(pwd)/.env.production.local"

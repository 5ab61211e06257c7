#!/usr/bin/env bash
# Installs the Debian packages the test suite needs (as root), or says exactly what to install.
# The list, and why each is needed, is in docs/development.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t PACKAGES < <(grep -v '^\s*#' scripts/system-packages.txt | awk 'NF {print $1}')
missing=()
for pkg in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$pkg")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "The tests need these Debian/Ubuntu packages (or your system's equivalent): ${missing[*]}" >&2
    exit 1
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "The tests need these packages; install them with:" >&2
    echo "    sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 1
fi
echo "Installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

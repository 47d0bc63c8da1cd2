#!/usr/bin/env bash
# CI for the Python package (python/): the binding crate's lints, docs and
# Rust tests, then a fresh virtual environment with the wheel that maturin
# builds and its test dependencies from PyPI (the `test` extra), the Python
# lints (ruff, mypy, stubtest) and the pytest suite. The dev-corpus tests
# need ../shared beside the checkout.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo clippy -p khabar-python --all-targets -- -D warnings
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps -p khabar-python --quiet
cargo test -p khabar-python --quiet

export PIP_DISABLE_PIP_VERSION_CHECK=1
venv=target/python-ci
rm -rf "$venv"
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet "maturin>=1.9.4,<2"
"$venv/bin/maturin" build --release --strip --quiet --manifest-path python/Cargo.toml \
    --interpreter "$venv/bin/python" --out "$venv/wheels"
wheel=$(ls "$venv"/wheels/khabar-*.whl)
"$venv/bin/pip" install --quiet "$wheel[test]"

# From python/, whose own folder holds no `khabar` to shadow the wheel's.
cd python
"../$venv/bin/ruff" check --no-cache .
"../$venv/bin/ruff" format --check --no-cache .
"../$venv/bin/mypy" --no-incremental
# The type stubs against the module as built.
"../$venv/bin/python" -m mypy.stubtest khabar._khabar
"../$venv/bin/pytest" -q -p no:cacheprovider

#!/usr/bin/env python3
"""Fails when a crate that khabar or khabar-cli builds with (with every
feature) declares a rust-version newer than the workspace members' own.

    cargo metadata --format-version 1 --all-features --locked | msrv.py

Only one toolchain is installed where CI runs, so the MSRV cannot be built
with here. What is checked instead:
- this script: the locked dependency graph (normal and build dependencies,
  all features, every target platform) asks for no newer Rust than
  `rust-version` says; crates that declare none are listed apart. Dev-dependencies (criterion,
  proptest, ...) build the tests and benches only, and are listed as notes;
- clippy's `incompatible_msrv` lint (on by default, an error under
  `-D warnings`): no standard-library item stabilized after `rust-version`
  is used.
Not checked: language features stabilized after it (let chains, for one),
which only a build with that toolchain would catch.
"""
import json
import sys


def version(v):
    parts = [int(x) for x in v.split(".")[:3]]
    return tuple(parts + [0] * (3 - len(parts)))


def main():
    meta = json.load(sys.stdin)
    packages = {p["id"]: p for p in meta["packages"]}
    nodes = {n["id"]: n for n in meta["resolve"]["nodes"]}
    members = meta["workspace_members"]
    msrvs = {packages[m]["rust_version"] for m in members}
    if None in msrvs or len(msrvs) != 1:
        sys.exit("msrv: every workspace member must declare one rust-version, found %s" % sorted(map(str, msrvs)))
    msrv = msrvs.pop()

    def closure(roots, kinds):
        seen, todo = set(), list(roots)
        while todo:
            node = nodes[todo.pop()]
            for dep in node["deps"]:
                if any(k["kind"] in kinds for k in dep["dep_kinds"]) and dep["pkg"] not in seen:
                    seen.add(dep["pkg"])
                    todo.append(dep["pkg"])
        return seen - set(members)

    built = closure(members, {None, "build"})
    tests_only = closure(members, {None, "build", "dev"}) - built
    too_new = sorted(
        "%s %s (rust-version %s)" % (packages[p]["name"], packages[p]["version"], packages[p]["rust_version"])
        for p in built
        if packages[p]["rust_version"] and version(packages[p]["rust_version"]) > version(msrv)
    )
    undeclared = sorted(packages[p]["name"] for p in built if not packages[p]["rust_version"])
    print("msrv: %d crates that khabar and khabar-cli build with ask for Rust %s or older"
          % (len(built) - len(undeclared), msrv))
    if undeclared:
        print("msrv: %d declare no rust-version: %s" % (len(undeclared), ", ".join(undeclared)))
    newer_tests = sorted(
        "%s %s (%s)" % (packages[p]["name"], packages[p]["version"], packages[p]["rust_version"])
        for p in tests_only
        if packages[p]["rust_version"] and version(packages[p]["rust_version"]) > version(msrv)
    )
    if newer_tests:
        print("msrv: note: tests and benches need newer Rust for %s" % ", ".join(newer_tests))
    if too_new:
        sys.exit("msrv: newer than rust-version %s: %s" % (msrv, "; ".join(too_new)))


if __name__ == "__main__":
    main()

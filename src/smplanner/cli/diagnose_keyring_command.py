"""`smplanner diagnose-keyring`: store, read back and delete a throw-away secret.

Hidden from the command list: it is for the packaged-build smoke test and for
support, to show whether the frozen app finds this platform's keyring backend.
"""

from __future__ import annotations

import argparse
import secrets
import sys

SUMMARY = "check that the OS keyring can store, read and delete a secret (diagnostic)"
HIDDEN = True

_ENTRY = "diagnose-keyring/self-test/probe"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--timeout",
        type=float,
        default=20.0,
        help="seconds to wait for the keyring before giving up (default: 20)",
    )


def run(args: argparse.Namespace) -> int:
    from smplanner import keyring_tokens

    probe = "probe-" + secrets.token_hex(16)
    try:
        info = keyring_tokens.backend_info(timeout=args.timeout)
        print(f"keyring backend: {info.name}")
        keyring_tokens.store_token(_ENTRY, probe, timeout=args.timeout)
        try:
            if keyring_tokens.read_token(_ENTRY, timeout=args.timeout) != probe:
                print("smplanner diagnose-keyring: the secret read back differs", file=sys.stderr)
                return 1
        finally:
            keyring_tokens.delete_token(_ENTRY, timeout=args.timeout)
        if keyring_tokens.read_token(_ENTRY, timeout=args.timeout) is not None:
            print("smplanner diagnose-keyring: the secret was not deleted", file=sys.stderr)
            return 1
    except keyring_tokens.KeyringUnavailableError as error:
        print(f"smplanner diagnose-keyring: {error}", file=sys.stderr)
        return 1
    print("keyring OK: a test secret was stored, read back and deleted")
    return 0

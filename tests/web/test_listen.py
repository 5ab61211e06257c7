"""Where `afterword web` listens: chosen once, kept, held alone (real sockets on loopback)."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from afterword.errors import AfterwordError
from afterword.web.install import Address, Install
from afterword.web.listen import FALLBACK_HOST, PORTS, open_socket
from tests.deliver.conftest import free_port


def test_the_first_start_picks_an_address_of_its_own_and_later_starts_keep_it(
        tmp_path: Path) -> None:
    install = Install(tmp_path / "web")
    sock, first = open_socket(install)
    sock.close()
    assert first.host.startswith("127.") and not first.host.startswith("127.0.0.")
    assert first.port in PORTS
    assert Install(tmp_path / "web").address() == first  # remembered on disk
    sock, again = open_socket(install)
    sock.close()
    assert again == first


def test_a_chosen_port_is_kept_from_then_on(tmp_path: Path) -> None:
    install = Install(tmp_path / "web")
    sock, first = open_socket(install)
    sock.close()
    port = free_port()
    sock, moved = open_socket(install, port=port)
    sock.close()
    assert moved == Address(first.host, port)
    sock, later = open_socket(install)
    sock.close()
    assert later == moved


def test_an_address_this_computer_does_not_answer_on_falls_back_to_127_0_0_1(
        tmp_path: Path) -> None:
    # As on macOS, where only 127.0.0.1 answers: 192.0.2.1 (a documentation address) is
    # not on this computer either, so binding it fails the same way.
    install = Install(tmp_path / "web")
    port = free_port()
    install.remember(Address("192.0.2.1", port))
    sock, address = open_socket(install)
    sock.close()
    assert address == Address(FALLBACK_HOST, port)
    assert install.address() == address


def test_an_address_held_by_another_program_is_refused_in_plain_words(tmp_path: Path) -> None:
    install = Install(tmp_path / "web")
    sock, address = open_socket(install)
    sock.close()
    with socket.socket() as other:
        other.bind((address.host, address.port))
        other.listen()
        with pytest.raises(AfterwordError) as refused:
            open_socket(install)
    assert f"another program is using {address.base}/" in refused.value.message
    assert "--port" in (refused.value.hint or "")
    assert install.address() == address  # nothing changed: the bookmark stays right

import socket

import pytest


def test_network_guard_blocks_outside_addresses() -> None:
    s = socket.socket()
    try:
        with pytest.raises(RuntimeError, match="network"):
            s.connect(("93.184.216.34", 80))
    finally:
        s.close()


def test_network_guard_allows_loopback() -> None:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    client = socket.socket()
    try:
        client.connect(server.getsockname())
        assert client.getpeername() == server.getsockname()
    finally:
        client.close()
        server.close()

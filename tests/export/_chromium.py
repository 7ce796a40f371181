"""Headless Chromium driven through the DevTools protocol, for the graph.html tests and bench.

No dependency beyond the standard library: a minimal WebSocket client (RFC 6455, client side)
speaks CDP to a Chromium started with an empty profile and no network services.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import shutil
import socket
import struct
import subprocess
import tempfile
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--remote-debugging-port=0",
]


def chromium() -> str | None:
    """The browser binary, or None when none is installed."""
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        if found := shutil.which(name):
            return found
    return "/usr/bin/chromium" if os.access("/usr/bin/chromium", os.X_OK) else None


class DevTools:
    """The smallest WebSocket client the DevTools protocol needs (RFC 6455, client side)."""

    def __init__(self, url: str, timeout: float = 120.0) -> None:
        # a call answers once the page has run it: a 20,000-node page refiltered on a loaded
        # machine may take longer than 30 s (the same liveness bound as the tests' waits)
        parts = urllib.parse.urlsplit(url)
        self.sock = socket.create_connection((parts.hostname, parts.port), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        request = (
            f"GET {parts.path} HTTP/1.1\r\nHost: {parts.hostname}:{parts.port}\r\n"
            f"Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
            "Sec-WebSocket-Version: 13\r\n\r\n"
        )
        self.sock.sendall(request.encode())
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(1)
            if not chunk:
                raise ConnectionError("DevTools closed the handshake")
            head += chunk
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise ConnectionError(head.decode(errors="replace"))
        self.next_id = 0
        self.events: list[dict[str, Any]] = []

    def _read(self, n: int) -> bytes:
        data = b""
        while len(data) < n:
            chunk = self.sock.recv(n - len(data))
            if not chunk:
                raise ConnectionError("DevTools closed the connection")
            data += chunk
        return data

    def _send(self, payload: bytes, opcode: int = 1) -> None:
        mask = os.urandom(4)
        n = len(payload)
        header = bytes([0x80 | opcode])
        if n < 126:
            header += bytes([0x80 | n])
        elif n < 2**16:
            header += bytes([0x80 | 126]) + struct.pack(">H", n)
        else:
            header += bytes([0x80 | 127]) + struct.pack(">Q", n)
        body = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(header + mask + body)

    def _message(self) -> dict[str, Any]:
        parts: list[bytes] = []
        while True:
            first, second = self._read(2)
            n = second & 0x7F
            if n == 126:
                n = struct.unpack(">H", self._read(2))[0]
            elif n == 127:
                n = struct.unpack(">Q", self._read(8))[0]
            payload = self._read(n)
            opcode = first & 0x0F
            if opcode == 8:
                raise ConnectionError("DevTools closed the connection")
            if opcode == 9:
                self._send(payload, opcode=10)
                continue
            if opcode in (0, 1, 2):
                parts.append(payload)
                if first & 0x80:
                    return json.loads(b"".join(parts))

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        self.next_id += 1
        self._send(json.dumps({"id": self.next_id, "method": method, "params": params}).encode())
        while True:
            message = self._message()
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def evaluate(self, expression: str) -> Any:
        """The value of *expression* in the page, once settled if it is a promise."""
        result = self.call(
            "Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True
        )
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 30.0) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if value := self.evaluate(expression):
                return value
            time.sleep(0.1)
        # once more at the deadline: a page busy repainting answers the last poll late
        if value := self.evaluate(expression):
            return value
        raise TimeoutError(expression)

    def errors(self) -> list[str]:
        found = []
        for event in self.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.exceptionThrown":
                found.append(json.dumps(params.get("exceptionDetails", {}))[:500])
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                found.append(json.dumps(params.get("args", []))[:500])
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
                found.append(params["entry"].get("text", ""))
        return found

    def close(self) -> None:
        self.sock.close()


def _start(
    binary: str, profile: Path, size: tuple[int, int]
) -> tuple[subprocess.Popen[bytes], DevTools]:
    process = subprocess.Popen(
        [binary, *CHROMIUM_FLAGS, f"--window-size={size[0]},{size[1]}",
         f"--user-data-dir={profile}", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    port_file = profile / "DevToolsActivePort"
    deadline = time.monotonic() + 60
    while not (port_file.exists() and port_file.read_text().strip()):
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError(f"Chromium started no DevTools endpoint (exit {process.poll()})")
        time.sleep(0.1)
    port = int(port_file.read_text().split()[0])
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as response:
        targets = json.load(response)
    target = next(t for t in targets if t.get("type") == "page")
    return process, DevTools(target["webSocketDebuggerUrl"])


@contextlib.contextmanager
def browser(binary: str, size: tuple[int, int] = (1200, 800)) -> Iterator[DevTools]:
    """A fresh headless Chromium (empty profile) with one page; Runtime, Log and Page enabled."""
    # Chromium's helper processes may still write into the profile as the browser exits.
    with tempfile.TemporaryDirectory(prefix="kg-chromium-", ignore_cleanup_errors=True) as profile:
        process, tools = _start(binary, Path(profile), size)
        try:
            for domain in ("Runtime", "Log", "Page"):
                tools.call(f"{domain}.enable")
            yield tools
        finally:
            tools.close()
            process.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=10)
            process.kill()  # does nothing once it has exited
            process.wait()


def open_page(tools: DevTools, path: Path, timeout: float = 120.0) -> float:
    """Load *path* and wait until the viewer says it is drawn; returns the seconds it took."""
    started = time.monotonic()
    tools.call("Page.navigate", url=path.resolve().as_uri())
    tools.wait_for("document.body && document.body.dataset.ready === 'true'", timeout=timeout)
    return time.monotonic() - started


def screenshot(tools: DevTools, path: Path) -> None:
    """Save the page as PNG once two more frames are drawn."""
    tools.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    path.write_bytes(base64.b64decode(tools.call("Page.captureScreenshot", format="png")["data"]))

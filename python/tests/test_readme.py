"""The README's Python example runs as written."""

import contextlib
import io
import re

import pytest

from conftest import REPO


def python_blocks() -> list[str]:
    readme = REPO / "README.md"
    if not readme.exists():
        pytest.skip("no README.md beside the package")
    section = readme.read_text(encoding="utf-8").split("## Python", 1)[1]
    return re.findall(r"```python\n(.*?)```", section, flags=re.S)


def test_first_example_prints_what_its_comments_say():
    example = python_blocks()[0]
    out = io.StringIO()
    namespace: dict = {}
    with contextlib.redirect_stdout(out):
        exec(example, namespace)
    lines = out.getvalue().splitlines()
    assert lines[0] == "البنك المركزي يرفع سعر الفائدة نصف نقطة"
    assert lines[1] == "['وكالة الأنباء الرسمية', 'متابعات']"
    assert len(namespace["pages"]) == 1000
    assert len(example.strip().splitlines()) <= 15


def test_typed_parser_lines_say_what_they_give():
    import khabar

    block = python_blocks()[1]
    first, second, third = block.strip().splitlines()
    assert repr(eval(first.split("#")[0])) == first.split("# ")[1]
    assert repr(eval(second.split("#")[0])) == second.split("# ")[1]
    with pytest.raises(khabar.ParseError, match=third.split("ParseError: ")[1]):
        eval(third.split("#")[0])

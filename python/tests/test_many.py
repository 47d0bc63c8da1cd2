"""parse_many: the same pages as parse one by one, in order, on any
number of threads."""

import threading

import pytest

import khabar


def batch(pages, seed):
    # Sizes from empty to the seed page, repeated so threads share the work.
    return [p["text"] for p in pages] * 5 + [seed, "", "🙂"]


@pytest.mark.parametrize("threads", [None, 1, 2, 7])
def test_parse_many_is_parse_one_by_one(pages, seed, threads):
    texts = batch(pages, seed)
    many = khabar.parse_many(texts, threads=threads)
    assert len(many) == len(texts)
    for text, page in zip(texts, many, strict=True):
        one = khabar.parse(text)
        assert page.text == text
        assert page.to_dict() == one.to_dict()
        assert page.clean_text == one.clean_text
        assert [(b.role, b.start, b.end) for b in page.blocks] == [(b.role, b.start, b.end) for b in one.blocks]


def test_parse_many_on_dev_pages(dev_texts):
    one = [khabar.parse(t).to_dict() for t in dev_texts]
    assert [p.to_dict() for p in khabar.parse_many(dev_texts, threads=2)] == one


def test_parse_many_takes_any_iterable(pages):
    texts = [p["text"] for p in pages]
    from_generator = khabar.parse_many(t for t in texts)
    assert [p.text for p in from_generator] == texts
    assert khabar.parse_many([]) == []
    assert khabar.parse_many(()) == []


def test_parse_many_rejects_what_is_not_a_batch_of_str():
    with pytest.raises(TypeError, match="not one str"):
        khabar.parse_many("نص واحد")
    with pytest.raises(TypeError, match="item 1 is <class 'int'>"):
        khabar.parse_many(["نص", 3])
    with pytest.raises(TypeError):
        khabar.parse_many(None)
    with pytest.raises(ValueError, match="at least 1"):
        khabar.parse_many(["نص"], threads=0)


def test_parse_many_from_several_python_threads(pages, seed):
    # The GIL is released while parsing: Python threads may call it at once.
    texts = batch(pages, seed)
    expected = [p.to_dict() for p in khabar.parse_many(texts, threads=1)]
    results = {}

    def work(i):
        results[i] = [p.to_dict() for p in khabar.parse_many(texts, threads=2)]

    workers = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert all(results[i] == expected for i in range(4))

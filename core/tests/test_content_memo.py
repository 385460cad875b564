"""The content memo: answers kept per process for one content generation."""

import pytest

from django.template import Context, Template, TemplateSyntaxError
from django.test import RequestFactory

from core import content_memo, pagecache
from core.models import Domain

pytestmark = pytest.mark.django_db


def new_request():
    return RequestFactory().get("/")


class Counter:
    def __init__(self, answer="answer"):
        self.calls = 0
        self.answer = answer

    def __call__(self):
        self.calls += 1
        return self.answer


def test_an_answer_is_computed_once_per_generation():
    compute = Counter()
    assert content_memo.remember(new_request(), "key", compute) == "answer"
    assert content_memo.remember(new_request(), "key", compute) == "answer"
    assert compute.calls == 1
    pagecache.purge()  # what any other process does after a change
    content_memo.remember(new_request(), "key", compute)
    assert compute.calls == 2


def test_a_request_reads_the_generation_once():
    request, compute = new_request(), Counter()
    content_memo.remember(request, "key", compute)
    pagecache.purge()
    # Within one request the answers stay those of the generation it began with.
    content_memo.remember(request, "key", compute)
    assert compute.calls == 1


def test_saving_public_content_starts_a_new_generation():
    compute = Counter()
    content_memo.remember(new_request(), "key", compute)
    Domain.objects.create(name="Urban development", slug="urban-development")
    content_memo.remember(new_request(), "key", compute)
    assert compute.calls == 2


def test_a_change_in_a_transaction_purges_again_when_it_commits(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        Domain.objects.create(name="Housing", slug="housing")
    assert pagecache.purge in callbacks
    before = pagecache.generation()
    for callback in callbacks:
        callback()
    assert pagecache.generation() > before


def test_none_is_not_kept():
    """Keys can come from URLs: misses must not fill the memory."""
    compute = Counter(answer=None)
    content_memo.remember(new_request(), ("child", 1, "no-such-page"), compute)
    content_memo.remember(new_request(), ("child", 1, "no-such-page"), compute)
    assert compute.calls == 2


def test_the_memo_starts_afresh_when_full(monkeypatch):
    monkeypatch.setattr(content_memo, "MAX_ENTRIES", 3)
    compute = Counter()
    request = new_request()
    for key in range(3):
        content_memo.remember(request, key, compute)
    content_memo.remember(request, "fourth", compute)
    content_memo.remember(request, 0, compute)
    assert compute.calls == 5


def test_answers_are_dropped_after_a_while(monkeypatch):
    """Bulk updates send no signal: what they change shows after MAX_AGE_SECONDS."""
    compute, now = Counter(), [1000.0]
    monkeypatch.setattr(content_memo.time, "monotonic", lambda: now[0])
    content_memo.remember(new_request(), "key", compute)
    now[0] += content_memo.MAX_AGE_SECONDS - 1
    content_memo.remember(new_request(), "key", compute)
    assert compute.calls == 1
    now[0] += 2
    content_memo.remember(new_request(), "key", compute)
    assert compute.calls == 2


def test_remember_each_computes_only_the_missing_answers():
    asked = []

    def compute(keys):
        asked.append(list(keys))
        return {key: key * 10 for key in keys}

    assert content_memo.remember_each(new_request(), [1, 2], compute) == {1: 10, 2: 20}
    assert content_memo.remember_each(new_request(), [2, 3], compute) == {2: 20, 3: 30}
    assert asked == [[1, 2], [3]]


def test_off_means_computed_every_time(settings):
    settings.CONTENT_MEMO = False
    compute = Counter()
    content_memo.remember(new_request(), "key", compute)
    content_memo.remember(new_request(), "key", compute)
    assert compute.calls == 2


def test_a_fragment_is_rendered_once_per_generation_and_key():
    template = Template(
        '{% load memo %}{% memo "greeting" name %}Hello {{ name }} {{ n }}{% endmemo %}'
    )
    request = new_request()
    first = template.render(Context({"request": request, "name": "Sokha", "n": 1}))
    again = template.render(Context({"request": request, "name": "Sokha", "n": 2}))
    other = template.render(Context({"request": request, "name": "Ana", "n": 3}))
    assert (first, again, other) == ("Hello Sokha 1", "Hello Sokha 1", "Hello Ana 3")
    pagecache.purge()
    assert template.render(Context({"request": new_request(), "name": "Sokha", "n": 4})) == (
        "Hello Sokha 4"
    )


def test_a_fragment_needs_a_quoted_name():
    with pytest.raises(TemplateSyntaxError, match="quoted string"):
        Template("{% load memo %}{% memo name %}x{% endmemo %}")


def test_threads_never_file_an_answer_under_another_generation():
    """Requests of an old and a new generation interleave in threads: every
    answer kept belongs to the generation its dict was made for."""
    import threading

    errors = []

    def worker(generation: int):
        try:
            for n in range(300):
                request = new_request()
                request._content_generation = generation
                content_memo.remember(request, n % 7, lambda generation=generation: generation)
                memo = content_memo._memo
                kept = dict(memo.values)  # one C-level copy, safe beside other threads
                if any(value != memo.generation for value in kept.values()):
                    errors.append((memo.generation, kept))
        except Exception as exc:  # a failure in a thread must fail the test
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(g,)) for g in (1, 2, 1, 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []

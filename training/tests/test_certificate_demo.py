import pytest


@pytest.mark.django_db
def test_demo_certificate_is_issued_once_and_verifiable(client):
    from core import demo as core_demo
    from training import certificate_demo, demo
    from training.models import Certificate

    core_demo.load()
    demo.load()
    first = certificate_demo.load()
    second = certificate_demo.load()

    assert first == second
    assert Certificate.objects.count() == 1
    assert client.get(f"/verify/{first.code}/").status_code == 200

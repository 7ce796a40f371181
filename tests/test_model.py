"""kg.model: the mention sort key."""

from kg.model import Mention, mention_key


def test_mention_key_orders_mentions_as_their_own_order_does() -> None:
    mentions = {
        Mention("b", 3, 9, "Kabul"), Mention("a", 10, 12, "US"), Mention("a", 3, 9, "Obama"),
        Mention("a", 3, 9, "Obama", 1), Mention("a", 3, 9, "Obama", 1, "PERSON"),
        Mention("a", 3, 8, "Obama"), Mention("a", 3, 9, "Barack"),
    }
    assert sorted(mentions, key=mention_key) == sorted(mentions)

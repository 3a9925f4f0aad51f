"""Publishes RawArticle JSON to articles.raw with the confluent-kafka client, one record per stdin line.

Usage: produce_json.py BOOTSTRAP TOPIC < articles.jsonl   (prints the number of records acknowledged)
"""
import sys

from confluent_kafka import Producer

bootstrap, topic = sys.argv[1], sys.argv[2]
producer = Producer({"bootstrap.servers": bootstrap, "enable.idempotence": True, "acks": "all"})
acked = []


def on_delivery(err, msg):
    if err is not None:
        sys.exit("delivery failed: %s" % err)
    acked.append(msg.offset())


for line in sys.stdin:
    line = line.strip()
    if line:
        producer.produce(topic, value=line.encode("utf-8"), on_delivery=on_delivery)
producer.flush(30)
print(len(acked))

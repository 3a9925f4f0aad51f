"""Reads articles.enriched as another team would: confluent-kafka (librdkafka) for Kafka, confluent-kafka's
SchemaRegistryClient for the writer's schema (Confluent wire format: magic byte 0, 4-byte schema id), and
Apache Avro's Python library to decode. Prints one JSON line per article: id, topic codes, region countries.

Usage: consume_enriched.py BOOTSTRAP TOPIC REGISTRY_URL COUNT
"""
import io
import json
import struct
import sys

import avro.io
import avro.schema
from confluent_kafka import Consumer
from confluent_kafka.schema_registry import SchemaRegistryClient

bootstrap, topic, registry_url, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
registry = SchemaRegistryClient({"url": registry_url})
consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": "python-reader", "auto.offset.reset": "earliest",
                     "isolation.level": "read_committed"})
consumer.subscribe([topic])
readers = {}
seen = 0
while seen < count:
    msg = consumer.poll(30)
    if msg is None:
        sys.exit("no record within 30 s")
    if msg.error():
        sys.exit("consumer error: %s" % msg.error())
    value = msg.value()
    magic, schema_id = struct.unpack(">bI", value[:5])
    if magic != 0:
        sys.exit("not the Confluent wire format: magic byte %d" % magic)
    if schema_id not in readers:
        parse = getattr(avro.schema, "parse", None) or avro.schema.Parse
        readers[schema_id] = avro.io.DatumReader(parse(registry.get_schema(schema_id).schema_str))
    article = readers[schema_id].read(avro.io.BinaryDecoder(io.BytesIO(value[5:])))
    print(json.dumps({"id": article["id"], "schemaId": schema_id,
                      "topics": [t["code"] for t in article["topics"]],
                      "countries": sorted({r["country"] for r in article["regions"] if r["country"]})}))
    seen += 1
consumer.close()

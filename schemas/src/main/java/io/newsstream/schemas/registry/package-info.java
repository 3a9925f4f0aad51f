/**
 * The Confluent schema-registry protocol, as this project uses it: the wire format (magic byte 0, a 4-byte schema
 * id, the Avro binary body), subjects named {@code <topic>-value} (TopicNameStrategy), and the REST calls that
 * register a schema, set a subject's compatibility and fetch a schema by id. Confluent Schema Registry, Karapace
 * and Apicurio's compatible API ({@code /apis/ccompat/v7}) all speak it.
 */
package io.newsstream.schemas.registry;

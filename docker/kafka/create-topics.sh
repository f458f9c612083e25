#!/bin/sh
# Creates the topic catalog (shared-events' Topics; dead-letter topics with 3 partitions) on the compose broker.
# DeploymentManifestsTest checks this list against the catalog.
set -e
BOOTSTRAP="${KAFKA_BOOTSTRAP_SERVERS:-kafka:9092}"
for spec in engagehub.activity:12 engagehub.points:12 engagehub.progress:12 engagehub.debits:6 \
            engagehub.submissions:6 engagehub.redemptions:6 engagehub.notifications:6 engagehub.activity.dlq:3 \
            engagehub.points.dlq:3 engagehub.progress.dlq:3 engagehub.debits.dlq:3 engagehub.submissions.dlq:3 \
            engagehub.redemptions.dlq:3 engagehub.notifications.dlq:3; do
  /opt/kafka/bin/kafka-topics.sh --bootstrap-server "$BOOTSTRAP" --create --if-not-exists \
    --topic "${spec%:*}" --partitions "${spec#*:}" --replication-factor 1
done

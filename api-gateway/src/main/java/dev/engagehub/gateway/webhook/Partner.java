package dev.engagehub.gateway.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A partner system sending activity for one community, and the secret its webhooks are signed with. */
@Entity
@Table(name = "partners")
public class Partner extends PanacheEntityBase {
    @Id
    public String id;

    @Column(name = "community_id", nullable = false)
    public String communityId;

    @Column(nullable = false)
    public String name;

    /** Which webhook dialect it speaks: a {@link WebhookProvider#name()}. */
    @Column(nullable = false)
    public String provider;

    @Column(nullable = false)
    public String secret;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}

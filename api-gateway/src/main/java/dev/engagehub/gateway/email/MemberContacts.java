package dev.engagehub.gateway.email;

import dev.engagehub.kit.db.NativeRows;
import dev.engagehub.kit.rest.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Members' email addresses and whether they want email from their community. */
@ApplicationScoped
@Transactional
public class MemberContacts {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    public record Contact(String communityId, String memberId, String email, boolean wantsEmail) {
    }

    private final EntityManager db;

    MemberContacts(EntityManager db) {
        this.db = db;
    }

    public Contact save(String communityId, String memberId, String email, boolean wantsEmail) {
        if (email == null || email.length() > 320 || !EMAIL.matcher(email).matches()) {
            throw ProblemException.invalidField("email", "must be an email address such as max@example.com");
        }
        db.createNativeQuery("""
                        INSERT INTO member_contacts (community_id, member_id, email, wants_email) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT (community_id, member_id)
                        DO UPDATE SET email = EXCLUDED.email, wants_email = EXCLUDED.wants_email, updated_at = now()""")
                .setParameter(1, communityId).setParameter(2, memberId).setParameter(3, email)
                .setParameter(4, wantsEmail).executeUpdate();
        return new Contact(communityId, memberId, email, wantsEmail);
    }

    public Optional<Contact> find(String communityId, String memberId) {
        return rows("WHERE community_id = ?1 AND member_id = ?2", communityId, memberId).stream().findFirst();
    }

    /** Who in a community wants email, for digests and reminders. */
    public List<Contact> subscribed(String communityId) {
        return rows("WHERE community_id = ?1 AND wants_email ORDER BY member_id", communityId);
    }

    public List<String> communitiesWithSubscribers() {
        return db.createNativeQuery("SELECT DISTINCT community_id FROM member_contacts WHERE wants_email", String.class)
                .getResultStream().map(String.class::cast).toList();
    }

    public void remove(String communityId, String memberId) {
        db.createNativeQuery("DELETE FROM member_contacts WHERE community_id = ?1 AND member_id = ?2")
                .setParameter(1, communityId).setParameter(2, memberId).executeUpdate();
    }

    private List<Contact> rows(String where, Object... parameters) {
        return NativeRows.of(db, "SELECT community_id, member_id, email, wants_email FROM member_contacts " + where,
                        parameters).stream()
                .map(row -> new Contact((String) row[0], (String) row[1], (String) row[2], (Boolean) row[3])).toList();
    }
}

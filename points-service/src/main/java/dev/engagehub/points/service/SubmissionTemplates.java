package dev.engagehub.points.service;

import static dev.engagehub.kit.db.SqlValues.number;

import dev.engagehub.points.domain.SubmissionTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The submission templates of each community. */
@ApplicationScoped
@Transactional
public class SubmissionTemplates {
    private static final String COLUMNS =
            "template_key, name, description, category, points, evidence, max_per_member, enabled";

    private final EntityManager db;

    SubmissionTemplates(EntityManager db) {
        this.db = db;
    }

    public void save(String communityId, SubmissionTemplate template) {
        db.createNativeQuery("INSERT INTO submission_templates (community_id, " + COLUMNS + """
                        ) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                        ON CONFLICT (community_id, template_key) DO UPDATE
                           SET name = EXCLUDED.name, description = EXCLUDED.description, category = EXCLUDED.category,
                               points = EXCLUDED.points, evidence = EXCLUDED.evidence,
                               max_per_member = EXCLUDED.max_per_member, enabled = EXCLUDED.enabled""")
                .setParameter(1, communityId).setParameter(2, template.key()).setParameter(3, template.name())
                .setParameter(4, template.description()).setParameter(5, template.category().name())
                .setParameter(6, template.points()).setParameter(7, template.evidence().name())
                .setParameter(8, template.maxPerMember()).setParameter(9, template.enabled())
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SubmissionTemplate> all(String communityId) {
        return query("SELECT " + COLUMNS + " FROM submission_templates WHERE community_id = ?1 ORDER BY category, name",
                communityId, null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SubmissionTemplate> find(String communityId, String key) {
        return query("SELECT " + COLUMNS + " FROM submission_templates WHERE community_id = ?1 AND template_key = ?2",
                communityId, key).stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    private List<SubmissionTemplate> query(String sql, String communityId, String key) {
        var query = db.createNativeQuery(sql).setParameter(1, communityId);
        if (key != null) {
            query.setParameter(2, key);
        }
        return ((List<Object[]>) query.getResultList()).stream().map(row -> new SubmissionTemplate((String) row[0],
                (String) row[1], (String) row[2], SubmissionTemplate.Category.valueOf((String) row[3]),
                (int) number(row[4]), SubmissionTemplate.Evidence.valueOf((String) row[5]),
                row[6] == null ? null : (int) number(row[6]), (Boolean) row[7])).toList();
    }
}

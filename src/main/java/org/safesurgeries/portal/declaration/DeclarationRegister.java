package org.safesurgeries.portal.declaration;

import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.security.Roles;
import org.safesurgeries.portal.shared.LikePattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Every practice's declaration status, for trainers, reviewers and admins: who is a Safe Surgery, who is drafting,
 * who withdrew or lapsed, and who lapses soon. Read-only.
 */
@Service
@Transactional(readOnly = true)
public class DeclarationRegister {

    /** Where a practice stands, as one word for filtering. */
    public enum Standing {
        SAFE_SURGERY("Safe Surgery"), DRAFTING("Drafting"), WITHDRAWN("Withdrawn"), LAPSED("Lapsed"),
        NOT_DECLARED("Not declared");

        private final String label;

        Standing(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Filter(String region, String icb, Standing standing, boolean lapsingWithin90Days, String text) {
        public static Filter none() {
            return new Filter(null, null, null, false, null);
        }
    }

    public record Row(long practiceId, String odsCode, String name, String region, String icb, Standing standing,
                      LocalDate signedOn, LocalDate lapsesOn) {
    }

    // The latest non-draft version decides the standing; a draft only matters when there is no signed version.
    private static final String FROM = """
            from practice p
            left join nhs_region r on r.code = p.region_code
            left join icb i on i.code = p.icb_code
            left join declaration d on d.id = (select x.id from declaration x where x.practice_id = p.id
                                               and x.status <> 'DRAFT' order by x.version_number desc limit 1)
            left join declaration dr on dr.draft_of_practice = p.id
            where p.status = 'ACTIVE'
            """;

    private static final String STANDING = """
            case when d.status = 'DECLARED' then 'SAFE_SURGERY'
                 when d.status = 'WITHDRAWN' then 'WITHDRAWN'
                 when d.status = 'LAPSED' then 'LAPSED'
                 when dr.id is not null then 'DRAFTING'
                 else 'NOT_DECLARED' end
            """;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DeclarationRegister(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @RolesAllowed({Roles.TRAINER, Roles.REVIEWER, Roles.ADMIN})
    public List<Row> find(Filter filter, int offset, int limit) {
        var args = new ArrayList<Object>();
        String where = where(filter, args);
        args.add(limit);
        args.add(offset);
        return jdbc.query("select p.id, p.ods_code, p.name, coalesce(r.name, p.region_code) region, "
                + "coalesce(i.name, p.icb_code) icb, " + STANDING + " standing, d.signed_on, d.last_confirmed_on "
                + FROM + where + " order by p.name, p.ods_code limit ? offset ?", (rs, n) -> {
            Date signed = rs.getDate("signed_on");
            Date confirmed = rs.getDate("last_confirmed_on");
            var standing = Standing.valueOf(rs.getString("standing"));
            return new Row(rs.getLong("id"), rs.getString("ods_code"), rs.getString("name"), rs.getString("region"),
                    rs.getString("icb"), standing, signed == null ? null : signed.toLocalDate(),
                    standing == Standing.SAFE_SURGERY && confirmed != null
                            ? confirmed.toLocalDate().plusMonths(domainLapseMonths()) : null);
        }, args.toArray());
    }

    @RolesAllowed({Roles.TRAINER, Roles.REVIEWER, Roles.ADMIN})
    public int count(Filter filter) {
        var args = new ArrayList<Object>();
        Integer count = jdbc.queryForObject("select count(*) " + FROM + where(filter, args), Integer.class,
                args.toArray());
        return count == null ? 0 : count;
    }

    @RolesAllowed({Roles.TRAINER, Roles.REVIEWER, Roles.ADMIN})
    public List<String> regions() {
        return jdbc.queryForList("select distinct coalesce(r.name, p.region_code) " + FROM
                + " and p.region_code is not null order by 1", String.class);
    }

    @RolesAllowed({Roles.TRAINER, Roles.REVIEWER, Roles.ADMIN})
    public List<String> icbs() {
        return jdbc.queryForList("select distinct coalesce(i.name, p.icb_code) " + FROM
                + " and p.icb_code is not null order by 1", String.class);
    }

    private String where(Filter f, List<Object> args) {
        var sql = new StringBuilder();
        if (f.region() != null) {
            sql.append(" and (r.name = ? or p.region_code = ?)");
            args.add(f.region());
            args.add(f.region());
        }
        if (f.icb() != null) {
            sql.append(" and (i.name = ? or p.icb_code = ?)");
            args.add(f.icb());
            args.add(f.icb());
        }
        if (f.standing() != null) {
            sql.append(" and ").append(STANDING).append(" = ?");
            args.add(f.standing().name());
        }
        if (f.lapsingWithin90Days()) {
            LocalDate today = LocalDate.ofInstant(clock.instant(), DeclarationService.UK);
            sql.append(" and d.status = 'DECLARED' and d.last_confirmed_on <= ?");
            args.add(today.plusDays(90).minusMonths(domainLapseMonths()));
        }
        if (f.text() != null && !f.text().isBlank()) {
            sql.append(" and (p.name like ? or p.ods_code like ?)");
            args.add("%" + LikePattern.escape(f.text().strip()) + "%");
            args.add(LikePattern.escape(f.text().strip()).toUpperCase(java.util.Locale.ROOT) + "%");
        }
        return sql.toString();
    }

    private static int domainLapseMonths() {
        return org.safesurgeries.portal.declaration.domain.SafeSurgeryDeclaration.LAPSE_AFTER_MONTHS;
    }
}

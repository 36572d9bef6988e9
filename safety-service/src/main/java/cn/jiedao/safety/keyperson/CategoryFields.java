package cn.jiedao.safety.keyperson;

import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.safety.keyperson.KeyPersonViews.RegisterKeyPerson;

/**
 * The fields of one category: a patient with a severe mental disorder has a guardian (监护人, 《精神卫生法》); a
 * person under community correction a term and a supervision level; a drug user a control status. Each is
 * required for its category and refused for the others, so a record never carries another category's data.
 */
public final class CategoryFields {

    private CategoryFields() {
    }

    public static void check(RegisterKeyPerson r) {
        boolean mental = r.category() == KeyPersonCategory.SEVERE_MENTAL_DISORDER;
        boolean correction = r.category() == KeyPersonCategory.COMMUNITY_CORRECTION;
        boolean drugs = r.category() == KeyPersonCategory.DRUG_USER;
        applies("guardian", r.guardian() != null, mental, r.category());
        applies("term", r.term() != null, correction, r.category());
        applies("supervisionLevel", r.supervisionLevel() != null, correction, r.category());
        applies("controlStatus", r.controlStatus() != null, drugs, r.category());
        if (r.term() != null && r.term().start() != null && r.term().end() != null
                && !r.term().end().isAfter(r.term().start())) {
            throw ProblemException.badRequest("term.end", "must be after term.start " + r.term().start());
        }
    }

    private static void applies(String field, boolean given, boolean required, KeyPersonCategory category) {
        if (required && !given) {
            throw ProblemException.badRequest(field, "is required for " + category);
        }
        if (!required && given) {
            throw ProblemException.badRequest(field, "does not apply to " + category);
        }
    }
}

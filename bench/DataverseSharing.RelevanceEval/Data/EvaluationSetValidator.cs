namespace DataverseSharing.RelevanceEval.Data;

/// <summary>
/// Integrity rules a set must satisfy for its metrics to mean anything: ids unique, judgments pointing at real
/// records, every deal with at least one perfect answer, fixed vocabularies respected, unpublished practices never
/// judged relevant. Returns problems rather than throwing so a test can show all of them at once.
/// </summary>
public static class EvaluationSetValidator
{
    public static IReadOnlyList<string> Validate(EvaluationSet set)
    {
        var problems = new List<string>();
        Duplicates(set.Practices.Select(p => p.Id), "practice", problems);
        Duplicates(set.Deals.Select(d => d.Id), "deal", problems);

        // First record wins on duplicate ids; the duplicate itself is reported above.
        var practices = set.Practices
            .GroupBy(p => p.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var dealIds = set.Deals.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);

        foreach (var p in practices.Values)
        {
            Vocab(p.Id, "industries", p.Industries, Vocabulary.Industries, problems);
            Vocab(p.Id, "regions", p.Regions, Vocabulary.Regions, problems);
            Vocab(p.Id, "productFamilies", p.ProductFamilies, Vocabulary.ProductFamilies, problems);
            Vocab(p.Id, "buyerRoles", p.BuyerRoles, Vocabulary.BuyerRoles, problems);
            Vocab(p.Id, "competitors", p.Competitors, Vocabulary.Competitors, problems);
        }

        foreach (var d in set.Deals)
        {
            Vocab(d.Id, "industry", d.Industry is null ? [] : [d.Industry], Vocabulary.Industries, problems);
            Vocab(d.Id, "region", d.Region is null ? [] : [d.Region], Vocabulary.Regions, problems);
            Vocab(d.Id, "products", d.Products, Vocabulary.ProductFamilies, problems);
            Vocab(d.Id, "buyerRoles", d.BuyerRoles, Vocabulary.BuyerRoles, problems);
            Vocab(d.Id, "competitors", d.Competitors, Vocabulary.Competitors, problems);
            foreach (var used in d.PracticesUsed.Concat(d.Dismissed).Where(id => !practices.ContainsKey(id)))
            {
                problems.Add($"deal {d.Id} refers to unknown practice {used}");
            }

            var grades = set.JudgmentsFor(d.Id);
            if (!grades.Values.Any(g => g == 3))
            {
                problems.Add($"deal {d.Id} has no practice judged 3");
            }
        }

        foreach (var (dealId, grades) in set.Judgments)
        {
            if (!dealIds.Contains(dealId))
            {
                problems.Add($"judgments refer to unknown deal {dealId}");
            }

            foreach (var (practiceId, grade) in grades)
            {
                if (!practices.TryGetValue(practiceId, out var practice))
                {
                    problems.Add($"judgments for {dealId} refer to unknown practice {practiceId}");
                }
                else if (grade > 0 && !practice.IsPublishedOn(set.AsOf))
                {
                    problems.Add($"judgments for {dealId} rate unpublished practice {practiceId} as {grade}");
                }
            }
        }

        return problems;
    }

    private static void Duplicates(IEnumerable<string> ids, string kind, List<string> problems)
    {
        foreach (var group in ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"{kind} id {group.Key} is used {group.Count()} times");
        }
    }

    private static void Vocab(string id, string field, IEnumerable<string> values, IReadOnlyList<string> allowed, List<string> problems)
    {
        foreach (var value in values.Where(v => !allowed.Contains(v, StringComparer.Ordinal)))
        {
            problems.Add($"record {id}, field '{field}': '{value}' is not in the vocabulary");
        }
    }
}

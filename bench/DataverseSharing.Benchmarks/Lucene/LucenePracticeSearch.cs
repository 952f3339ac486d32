using DataverseSharing.Domain.Deals;
using DataverseSharing.Domain.Practices;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace DataverseSharing.Benchmarks.Lucene;

/// <summary>
/// The plain-text-search baseline: Lucene.Net with EnglishAnalyzer (stop words + Porter stemming, like ours),
/// BM25Similarity, an in-memory RAMDirectory, and the same four text fields with the same field boosts
/// (title 3, summary 2, keywords 2.5, body 1). A query is the deal's description plus its industry, product,
/// competitor and buyer-role words as SHOULD term clauses over every field; the top 5 ids are loaded so the
/// work matches returning practices.
/// </summary>
public sealed class LucenePracticeSearch : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly (string Field, float Boost)[] Fields = [("title", 3f), ("summary", 2f), ("keywords", 2.5f), ("body", 1f)];

    private readonly RAMDirectory directory;
    private readonly Analyzer analyzer;
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;

    private LucenePracticeSearch(RAMDirectory directory, Analyzer analyzer)
    {
        this.directory = directory;
        this.analyzer = analyzer;
        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
    }

    public static LucenePracticeSearch Build(IReadOnlyList<Practice> practices)
    {
        var directory = new RAMDirectory();
        var analyzer = new EnglishAnalyzer(Version);
        var config = new IndexWriterConfig(Version, analyzer)
        {
            Similarity = new BM25Similarity(),
            OpenMode = OpenMode.CREATE,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var practice in practices)
            {
                if (practice.Status != PracticeStatus.Approved)
                {
                    continue;
                }

                writer.AddDocument(new Document
                {
                    new StringField("id", practice.Id, Field.Store.YES),
                    new TextField("title", practice.Title, Field.Store.NO),
                    new TextField("summary", practice.Summary, Field.Store.NO),
                    new TextField("keywords", string.Join(" ", practice.Keywords), Field.Store.NO),
                    new TextField("body", practice.Body, Field.Store.NO),
                });
            }

            writer.Commit();
        }

        return new LucenePracticeSearch(directory, analyzer);
    }

    /// <summary>Ids of the top <paramref name="top"/> practices by BM25 over the deal's words.</summary>
    public IReadOnlyList<string> Search(DealContext deal, int top)
    {
        ArgumentNullException.ThrowIfNull(deal);
        var query = new BooleanQuery();
        var terms = new HashSet<string>(StringComparer.Ordinal);
        AddTerms(deal.Description, terms);
        AddTerms(deal.Industry, terms);
        foreach (var value in deal.Products.Concat(deal.Competitors).Concat(deal.BuyerRoles))
        {
            AddTerms(value, terms);
        }

        foreach (var term in terms)
        {
            foreach (var (field, boost) in Fields)
            {
                query.Add(new TermQuery(new Term(field, term)) { Boost = boost }, Occur.SHOULD);
            }
        }

        var hits = searcher.Search(query, top).ScoreDocs;
        var ids = new string[hits.Length];
        for (var i = 0; i < hits.Length; i++)
        {
            ids[i] = searcher.Doc(hits[i].Doc).Get("id");
        }

        return ids;
    }

    public void Dispose()
    {
        reader.Dispose();
        analyzer.Dispose();
        directory.Dispose();
    }

    private void AddTerms(string? text, HashSet<string> terms)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        using var stream = analyzer.GetTokenStream("body", new StringReader(text));
        var attribute = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(attribute.ToString());
        }

        stream.End();
    }
}

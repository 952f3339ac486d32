using DataverseSharing.RelevanceEval.Data;
using Lucene.Net.Analysis.En;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace DataverseSharing.RelevanceEval.Rankers;

/// <summary>
/// Stand-in for Dynamics 365 relevance search: BM25 over title, summary, body and keywords with English stemming and
/// stop words, queried with the deal's notes and field values as free text.
/// </summary>
public sealed class LuceneBm25Ranker : IRanker, IDisposable
{
    private static readonly string[] Fields = ["title", "summary", "body", "keywords"];
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly RAMDirectory _directory = new();
    private readonly EnglishAnalyzer _analyzer = new(Version);
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    static LuceneBm25Ranker()
    {
        // A long deal description expands to one clause per term per field; the default cap of 1024 is too low.
        BooleanQuery.MaxClauseCount = 16384;
    }

    public LuceneBm25Ranker(IReadOnlyList<PracticeRecord> practices, DateTime asOf)
    {
        ArgumentNullException.ThrowIfNull(practices);
        var config = new IndexWriterConfig(Version, _analyzer) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var p in practices.Where(p => p.IsPublishedOn(asOf)))
            {
                writer.AddDocument(new Document
                {
                    new StringField("id", p.Id, Field.Store.YES),
                    new TextField("title", p.Title, Field.Store.NO),
                    new TextField("summary", p.Summary, Field.Store.NO),
                    new TextField("body", p.Body, Field.Store.NO),
                    new TextField("keywords", string.Join(' ', p.Keywords), Field.Store.NO),
                });
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public string Name => "Lucene BM25";

    public IReadOnlyList<string> Rank(DealRecord deal, int top)
    {
        var text = TextOf.Deal(deal);
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var query = BuildQuery(text);
        return _searcher.Search(query, top).ScoreDocs
            .Select(hit => _searcher.Doc(hit.Doc).Get("id"))
            .ToList();
    }

    /// <summary>
    /// What the classic multi-field query parser produces for unquoted text with OR semantics: per analysed token,
    /// a disjunction over the fields. Built by hand so the baseline needs no extra package.
    /// </summary>
    private BooleanQuery BuildQuery(string text)
    {
        var query = new BooleanQuery();
        using var stream = _analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var token = term.ToString();
            var perField = new BooleanQuery();
            foreach (var field in Fields)
            {
                perField.Add(new TermQuery(new Term(field, token)), Occur.SHOULD);
            }

            query.Add(perField, Occur.SHOULD);
        }

        stream.End();
        return query;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }
}

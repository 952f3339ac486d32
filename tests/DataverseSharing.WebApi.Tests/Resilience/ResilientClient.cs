using DataverseSharing.WebApi.Connection;
using DataverseSharing.WebApi.Resilience;
using DataverseSharing.Testing.Time;

namespace DataverseSharing.WebApi.Tests.Resilience;

/// <summary>The HttpClient the factory composes, pointed at a scripted server, with an instant clock and a line sink.</summary>
internal sealed class ResilientClient : IDisposable
{
    public const string Token = "0123abcd";

    public ResilientClient(Uri serverUrl, int maxRetries = 8)
    {
        var connection = DataverseConnectionString.Parse($"AuthType=LocalToken;Url={serverUrl};Token={Token}");
        Http = DataverseHttpClientFactory.Create(connection, new DataverseHttpClientOptions
        {
            Resilience = new DataverseResilienceOptions { TimeProvider = Clock, Report = Lines.Add, MaxRetryAttempts = maxRetries },
        });
    }

    public InstantClock Clock { get; } = new();

    public SynchronizedList Lines { get; } = new();

    public HttpClient Http { get; }

    public void Dispose() => Http.Dispose();

    internal sealed class SynchronizedList
    {
        private readonly List<string> items = [];

        public void Add(string line)
        {
            lock (items)
            {
                items.Add(line);
            }
        }

        public IReadOnlyList<string> Snapshot()
        {
            lock (items)
            {
                return items.ToList();
            }
        }
    }
}

using DataverseSharing.LocalDataverse.Storage;

namespace DataverseSharing.Integration.Connection;

/// <summary>The embedded org's whole transaction: one SQLite transaction that every request of the work joins.</summary>
internal sealed class LocalWholeTransaction : IWholeTransaction
{
    private readonly LocalDatabase database;

    public LocalWholeTransaction(LocalDatabase database) => this.database = database;

    public T Run<T>(Func<T> work) => database.InTransaction(work);
}

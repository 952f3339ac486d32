namespace DataverseSharing.Integration.Connection;

/// <summary>An org's way of committing any number of writes together (see <see cref="OrgConnection.WholeTransaction"/>).</summary>
public interface IWholeTransaction
{
    /// <summary>Runs the work; every request it sends through the connection's service commits with the others, or none does.</summary>
    T Run<T>(Func<T> work);
}

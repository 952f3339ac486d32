using DataverseSharing.LocalDataverse.Security.Enforcement;
using DataverseSharing.LocalDataverse.Service.Messages;
using DataverseSharing.LocalDataverse.Service.Records;
using Microsoft.Data.Sqlite;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Service;

/// <summary>The service's side of security enforcement: the check before the main operation, and raw reads for it.</summary>
public sealed partial class LocalOrganizationService
{
    /// <summary>Checks the request for the caller; a RetrieveMultiple gets its query narrowed until disposed.</summary>
    private QueryBaseSwap? Authorize(OrganizationRequest request, IMessageHandler handler, SqliteTransaction transaction) =>
        security is null || UserId == SystemUserId
            ? null
            : security.Authorize(request, handler.Privileges, DeclarationOf, UserId, database.Catalog, new TransactionStore(this, transaction));

    /// <summary>
    /// A container message holds no transaction of its own, but its declaration is checked all the same (an
    /// undeclared one is SYSTEM's only): in the caller's transaction, or a short read-only one.
    /// </summary>
    private void AuthorizeContainer(OrganizationRequest request, IMessageHandler handler)
    {
        if (security is null || UserId == SystemUserId)
        {
            return;
        }

        lock (database)
        {
            if (database.CurrentTransaction is { } outer)
            {
                Authorize(request, handler, outer)?.Dispose();
                return;
            }

            using var read = database.Connection.BeginTransaction(deferred: true);
            Authorize(request, handler, read)?.Dispose();
        }
    }

    /// <summary>What the handler of a message declares; nothing for a message without a handler.</summary>
    private MessagePrivileges DeclarationOf(string message) =>
        handlers.TryResolve(message) is { } handler ? handler.Privileges : MessagePrivileges.Undeclared;

    /// <summary>Reads rows with the handlers directly: no plug-ins, no security, in the request's transaction.</summary>
    private sealed class TransactionStore : ISecurityStore
    {
        private readonly LocalOrganizationService service;
        private readonly SqliteTransaction transaction;

        public TransactionStore(LocalOrganizationService service, SqliteTransaction transaction)
        {
            this.service = service;
            this.transaction = transaction;
        }

        public Entity? Retrieve(string table, Guid id, ColumnSet columns) => service.RetrieveRaw(table, id, columns, transaction);

        public Guid? FindByKey(Metadata.TableDefinition table, KeyAttributeCollection keys) =>
            AlternateKeyLookup.Find(service.NewContext(transaction), table, keys);

        public IReadOnlyList<Entity> RetrieveAll(QueryExpression query)
        {
            var request = new RetrieveMultipleRequest { Query = query };
            return ((RetrieveMultipleResponse)service.handlers.Resolve(request).Handle(request, service.NewContext(transaction))).EntityCollection.Entities.ToList();
        }
    }
}

using Microsoft.AspNetCore.Authorization;
using WhaiNot.Application.Accounts;
using WhaiNot.Domain.Access;
using WhaiNot.Domain.Accounts;

namespace WhaiNot.Appliance.Auth;

/// <summary>One authorization policy per <see cref="Permission"/>, decided by the domain's <see cref="AccessPolicy"/>.</summary>
internal static class PermissionPolicies
{
    public static string Name(Permission permission) => PermissionPolicyNames.Of(permission);

    public static AuthorizationBuilder AddPermissionPolicy(this AuthorizationBuilder builder, Permission permission) =>
        builder.AddPolicy(Name(permission), policy => policy
            .RequireAuthenticatedUser()
            .RequireAssertion(context =>
                RoleNames.TryParse(context.User.FindFirst(ApplianceClaims.Role)?.Value, out var role)
                && AccessPolicy.Has(role.Value, permission)));

    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, Permission permission)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(Name(permission));
}

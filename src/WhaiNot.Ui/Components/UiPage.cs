using Microsoft.AspNetCore.Components;
using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Refusals;
using WhaiNot.Ui.Session;

namespace WhaiNot.Ui.Components;

/// <summary>
/// A screen: loads for the signed-in account, and turns the rules' refusals into Dutch messages —
/// a refusal while loading replaces the page (not found, not allowed), one on an action is shown
/// beside it and loses nothing the worker typed.
/// </summary>
public abstract class UiPage : ComponentBase
{
    [Inject]
    protected UiSession Session { get; set; } = default!;

    protected UserAccount? User { get; private set; }

    /// <summary>Why the page cannot be shown; null when it can.</summary>
    protected string? PageRefusal { get; private set; }

    /// <summary>Why the last action was refused; null after one that succeeded.</summary>
    protected string? ActionError { get; set; }

    protected bool Loaded { get; private set; }

    protected override async Task OnParametersSetAsync()
    {
        // The prerender pass paints the layout at once; the screen's data is read only in the live
        // circuit. Reading in both passes would read every dossier twice and audit it twice.
        if (!RendererInfo.IsInteractive)
        {
            return;
        }

        User = await Session.UserAsync();
        if (User is null)
        {
            PageRefusal = UiTexts.SignIn.Expired;
            return;
        }

        try
        {
            await LoadAsync(User);
            PageRefusal = null;
        }
        catch (Refusal refusal)
        {
            PageRefusal = refusal.Message;
        }

        Loaded = true;
    }

    /// <summary>Reads what the screen shows; a refusal here replaces the page.</summary>
    protected virtual Task LoadAsync(UserAccount user) => Task.CompletedTask;

    /// <summary>Runs an action of the worker; a refusal becomes <see cref="ActionError"/>. True when it went through.</summary>
    protected async Task<bool> ActAsync(Func<UserAccount, Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var user = await Session.UserAsync();
        if (user is null)
        {
            ActionError = UiTexts.SignIn.Expired;
            return false;
        }

        try
        {
            await action(user);
            ActionError = null;
            return true;
        }
        catch (Refusal refusal)
        {
            ActionError = refusal.Message;
            return false;
        }
    }

    protected Task<bool> Act(Action<UserAccount> action) => ActAsync(user =>
    {
        action(user);
        return Task.CompletedTask;
    });
}

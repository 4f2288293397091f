using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace WhaiNot.Appliance.Tests.Browser;

/// <summary>
/// A TCP relay between the browser and the appliance, standing in for the office network: it passes
/// bytes both ways untouched (TLS stays end to end), and <see cref="Cut"/> drops every connection and
/// refuses new ones until <see cref="Restore"/>, as a pulled cable or a dead switch would.
/// </summary>
public sealed class TcpRelay : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly IPEndPoint _target;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<Guid, (TcpClient Browser, TcpClient Box)> _open = new();
    private readonly Task _accepting;
    private volatile bool _cut;
    private int _dropped;

    private TcpRelay(Uri target)
    {
        _target = new IPEndPoint(IPAddress.Parse(target.Host), target.Port);
        _listener.Start();
        _accepting = AcceptAsync();
    }

    /// <summary>Where the browser connects: the appliance's address with the relay's port.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>Connections dropped by <see cref="Cut"/> and refused while cut.</summary>
    public int Dropped => _dropped;

    public static TcpRelay Start(Uri appliance)
    {
        ArgumentNullException.ThrowIfNull(appliance);
        var relay = new TcpRelay(appliance);
        relay.Address = new UriBuilder(appliance) { Port = ((IPEndPoint)relay._listener.LocalEndpoint).Port }.Uri;
        return relay;
    }

    /// <summary>The network goes down: open connections are reset, new ones refused.</summary>
    public void Cut()
    {
        _cut = true;
        foreach (var (id, pair) in _open)
        {
            if (_open.TryRemove(id, out _))
            {
                Reset(pair.Browser);
                Reset(pair.Box);
                Interlocked.Increment(ref _dropped);
            }
        }
    }

    /// <summary>The network is back.</summary>
    public void Restore() => _cut = false;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        Cut();
        try
        {
            await _accepting;
        }
        catch (OperationCanceledException)
        {
            // stopped
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient browser;
            try
            {
                browser = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            if (_cut)
            {
                Reset(browser);
                Interlocked.Increment(ref _dropped);
                continue;
            }

            _ = RelayAsync(browser);
        }
    }

    private async Task RelayAsync(TcpClient browser)
    {
        var id = Guid.NewGuid();
        var box = new TcpClient();
        try
        {
            await box.ConnectAsync(_target, _stop.Token);
            _open[id] = (browser, box);
            var up = browser.GetStream().CopyToAsync(box.GetStream(), _stop.Token);
            var down = box.GetStream().CopyToAsync(browser.GetStream(), _stop.Token);
            await Task.WhenAny(up, down);
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // the connection ended or was cut
        }
        finally
        {
            _open.TryRemove(id, out _);
            browser.Dispose();
            box.Dispose();
        }
    }

    // Close with RST, not FIN: the far side sees the connection fail at once.
    private static void Reset(TcpClient client)
    {
        // Client is null once the TcpClient was disposed (the relay's own end of that connection).
        if (client.Client is not { } socket)
        {
            return;
        }

        try
        {
            socket.LingerState = new LingerOption(true, 0);
            socket.Close();
        }
        catch (Exception ex) when (ex is ObjectDisposedException or SocketException)
        {
            // already gone
        }
    }
}

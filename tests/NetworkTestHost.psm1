# Network helpers for the tests of connections behind proxies, private certificate authorities and
# access gateways (issue 13): a real HTTP proxy (tinyproxy) on a free loopback port, and a throw-away
# certificate authority with server certificates it signs. Imported by the tests that need them.

function Get-FreeLoopbackPort {
    $listener = [Net.Sockets.TcpListener]::new([Net.IPAddress]::Loopback, 0)
    $listener.Start()
    try { $listener.LocalEndpoint.Port } finally { $listener.Stop() }
}

function New-TestTempFolder([string] $Prefix) {
    $folder = Join-Path ([IO.Path]::GetTempPath()) "$Prefix-$PID-$([guid]::NewGuid().ToString('N').Substring(0, 8))"
    $null = New-Item -ItemType Directory -Force $folder
    $folder
}

function Start-TestProxy {
    <#
    Starts a real tinyproxy on a free 127.0.0.1 port, logging every request and CONNECT to its own log file,
    and returns [pscustomobject]@{ Url; Port; LogPath; ConfigPath; Folder; Process; Credential }.
    With -Credential it asks for Basic authentication with that user name and password.
    Fails (throws) when tinyproxy is not installed: the tests that need it must not pass without it.
    #>
    [CmdletBinding()]
    param(
        [pscredential] $Credential,
        [int] $TimeoutSec = 15
    )
    $exe = Get-Command tinyproxy -CommandType Application -ErrorAction Ignore | Select-Object -First 1
    if (-not $exe) {
        throw 'tinyproxy is not installed, so the proxy tests cannot run. Install it (Debian/Ubuntu: apt-get install -y tinyproxy; .ci/run does this).'
    }
    $folder = New-TestTempFolder 'coolify-proxy'
    $log = Join-Path $folder 'tinyproxy.log'
    $config = Join-Path $folder 'tinyproxy.conf'
    $null = New-Item -ItemType File -Force $log
    $isRoot = -not $IsWindows -and (& id -u) -eq '0'
    if (-not $IsWindows) {
        # tinyproxy started as root drops to User/Group before it writes its log: let that user write here.
        & chmod 0777 $folder
        & chmod 0666 $log
    }
    $lastError = $null
    for ($attempt = 1; $attempt -le 5; $attempt++) {
        $port = Get-FreeLoopbackPort
        $lines = @(
            "Port $port"
            'Listen 127.0.0.1'
            'Allow 127.0.0.1'
            'Timeout 60'
            'MaxClients 50'
            "LogFile `"$log`""
            'LogLevel Info'
            'DisableViaHeader Yes'
            # No ConnectPort line: tinyproxy then allows CONNECT to every port (the simulator's is random).
        )
        if ($isRoot) {
            $group = if (& getent group nogroup) { 'nogroup' } else { 'nobody' }
            $lines += 'User nobody', "Group $group"
        }
        if ($Credential) {
            $lines += "BasicAuth $($Credential.UserName) $($Credential.GetNetworkCredential().Password)"
        }
        Set-Content -Path $config -Value $lines -Encoding utf8NoBOM
        if (-not $IsWindows) { & chmod 0644 $config }

        $psi = [Diagnostics.ProcessStartInfo]::new($exe.Source)
        foreach ($a in '-d', '-c', $config) { $psi.ArgumentList.Add($a) }
        $psi.RedirectStandardOutput = $true
        $psi.RedirectStandardError = $true
        $psi.UseShellExecute = $false
        $process = [Diagnostics.Process]::Start($psi)
        $null = $process.StandardOutput.ReadToEndAsync()
        $stderr = $process.StandardError.ReadToEndAsync()

        $deadline = [DateTime]::UtcNow.AddSeconds($TimeoutSec)
        $listening = $false
        while (-not $process.HasExited -and [DateTime]::UtcNow -lt $deadline) {
            $client = [Net.Sockets.TcpClient]::new()
            try { $client.Connect([Net.IPAddress]::Loopback, $port); $listening = $true; break }
            catch { Start-Sleep -Milliseconds 100 }
            finally { $client.Dispose() }
        }
        if ($listening) {
            $proxy = [pscustomobject]@{
                Url        = "http://127.0.0.1:$port"
                Port       = $port
                LogPath    = $log
                ConfigPath = $config
                Folder     = $folder
                Process    = $process
                Credential = $Credential
            }
            # Tests stop it in AfterAll; this is for a run that dies first.
            Register-EngineEvent -SourceIdentifier ([Management.Automation.PsEngineEvent]::Exiting) -Action { try { $Event.MessageData.Kill() } catch { } } -MessageData $process | Out-Null
            return $proxy
        }
        try { if (-not $process.HasExited) { $process.Kill() } } catch { }
        $null = $process.WaitForExit(5000)
        $logText = if (Test-Path $log) { (Get-Content -Raw $log) } else { '' }
        $lastError = "exit code $(if ($process.HasExited) { $process.ExitCode } else { 'none' }); stderr: $($stderr.Result); log: $logText"
    }
    throw "tinyproxy did not start listening on 127.0.0.1 ($lastError)"
}

function Stop-TestProxy {
    param([Parameter(Mandatory)] $Proxy, [switch] $KeepFiles)
    if ($Proxy.Process -and -not $Proxy.Process.HasExited) {
        # -d keeps tinyproxy in the foreground as this one process (no forked children in 1.11).
        try { $Proxy.Process.Kill($true) } catch { }
        $null = $Proxy.Process.WaitForExit(5000)
    }
    if (-not $KeepFiles -and $Proxy.Folder) { Remove-Item -Recurse -Force $Proxy.Folder -ErrorAction Ignore }
}

function Get-TestProxyLog {
    <# The lines of the proxy's own log (all of them, or those matching -Pattern, a regex). #>
    param([Parameter(Mandatory)] $Proxy, [string] $Pattern)
    if (-not (Test-Path $Proxy.LogPath)) { return @() }
    $lines = @(Get-Content -Path $Proxy.LogPath)
    if ($Pattern) { $lines = @($lines | Where-Object { $_ -match $Pattern }) }
    $lines
}

function Clear-TestProxyLog {
    param([Parameter(Mandatory)] $Proxy)
    # Truncate in place: tinyproxy keeps the file open in append mode.
    [IO.File]::WriteAllText($Proxy.LogPath, '')
}

function Write-PemFile([string] $Path, [string] $Label, [byte[]] $Der) {
    $b64 = [Convert]::ToBase64String($Der, [Base64FormattingOptions]::InsertLineBreaks) -replace "`r`n", "`n"
    [IO.File]::WriteAllText($Path, "-----BEGIN $Label-----`n$b64`n-----END $Label-----`n")
}

function Get-Sha256Hex([byte[]] $Bytes) {
    [Convert]::ToHexString([Security.Cryptography.SHA256]::HashData($Bytes)).ToLowerInvariant()
}

function New-TestCertificateAuthority {
    <#
    Makes a root certificate authority (RSA 2048, SHA-256, CA:true) and writes it to a temp folder as
    PEM (<name>.pem), DER (<name>.der) and its key (<name>.key.pem). Returns [pscustomobject]@{ Name;
    Subject; Certificate (X509Certificate2 with private key); PemPath; DerPath; KeyPath; Folder; Sha256 }.
    #>
    param(
        [Parameter(Mandatory)][string] $Name,
        [int] $Days = 365
    )
    $folder = New-TestTempFolder 'coolify-ca'
    $key = [Security.Cryptography.RSA]::Create(2048)
    $subject = "CN=$Name, O=Coolify module tests"
    $request = [Security.Cryptography.X509Certificates.CertificateRequest]::new($subject, $key,
        [Security.Cryptography.HashAlgorithmName]::SHA256, [Security.Cryptography.RSASignaturePadding]::Pkcs1)
    $request.CertificateExtensions.Add([Security.Cryptography.X509Certificates.X509BasicConstraintsExtension]::new($true, $false, 0, $true))
    $request.CertificateExtensions.Add([Security.Cryptography.X509Certificates.X509KeyUsageExtension]::new(
            [Security.Cryptography.X509Certificates.X509KeyUsageFlags]'KeyCertSign, CrlSign, DigitalSignature', $true))
    $request.CertificateExtensions.Add([Security.Cryptography.X509Certificates.X509SubjectKeyIdentifierExtension]::new($request.PublicKey, $false))
    $cert = $request.CreateSelfSigned([DateTimeOffset]::UtcNow.AddDays(-2), [DateTimeOffset]::UtcNow.AddDays($Days))
    $safe = $Name -replace '[^A-Za-z0-9._-]', '_'
    $pem = Join-Path $folder "$safe.pem"
    $der = Join-Path $folder "$safe.der"
    $keyPath = Join-Path $folder "$safe.key.pem"
    Write-PemFile $pem 'CERTIFICATE' $cert.RawData
    [IO.File]::WriteAllBytes($der, $cert.RawData)
    Write-PemFile $keyPath 'PRIVATE KEY' $key.ExportPkcs8PrivateKey()
    [pscustomobject]@{
        Name        = $Name
        Subject     = $cert.Subject
        Certificate = $cert
        PemPath     = $pem
        DerPath     = $der
        KeyPath     = $keyPath
        Folder      = $folder
        Sha256      = Get-Sha256Hex $cert.RawData
    }
}

function New-TestServerCertificate {
    <#
    Makes a TLS server certificate signed by -Authority (from New-TestCertificateAuthority) for the given
    DNS names and IP addresses (subject alternative names; serverAuth), and writes it with its key as a
    password-protected PFX, plus the leaf alone as PEM. Returns [pscustomobject]@{ Path (the PFX); Password;
    PemPath; Certificate; Subject; Issuer; Sha256 (hex of SHA-256 over the leaf's DER, lower case); Folder }.
    #>
    param(
        [Parameter(Mandatory)] $Authority,
        [string[]] $DnsName = @('localhost'),
        [string[]] $IpAddress = @(),
        [string] $CommonName,
        [int] $Days = 30
    )
    if (-not $CommonName) { $CommonName = @($DnsName + $IpAddress)[0] }
    $folder = New-TestTempFolder 'coolify-cert'
    $key = [Security.Cryptography.RSA]::Create(2048)
    $request = [Security.Cryptography.X509Certificates.CertificateRequest]::new("CN=$CommonName", $key,
        [Security.Cryptography.HashAlgorithmName]::SHA256, [Security.Cryptography.RSASignaturePadding]::Pkcs1)
    $san = [Security.Cryptography.X509Certificates.SubjectAlternativeNameBuilder]::new()
    foreach ($d in $DnsName) { if ($d) { $san.AddDnsName($d) } }
    foreach ($ip in $IpAddress) { if ($ip) { $san.AddIpAddress([Net.IPAddress]::Parse($ip)) } }
    $request.CertificateExtensions.Add($san.Build($false))
    $request.CertificateExtensions.Add([Security.Cryptography.X509Certificates.X509BasicConstraintsExtension]::new($false, $false, 0, $true))
    $request.CertificateExtensions.Add([Security.Cryptography.X509Certificates.X509KeyUsageExtension]::new(
            [Security.Cryptography.X509Certificates.X509KeyUsageFlags]'DigitalSignature, KeyEncipherment', $true))
    $eku = [Security.Cryptography.OidCollection]::new()
    $null = $eku.Add([Security.Cryptography.Oid]::new('1.3.6.1.5.5.7.3.1'))
    $request.CertificateExtensions.Add([Security.Cryptography.X509Certificates.X509EnhancedKeyUsageExtension]::new($eku, $false))
    $request.CertificateExtensions.Add([Security.Cryptography.X509Certificates.X509SubjectKeyIdentifierExtension]::new($request.PublicKey, $false))
    $request.CertificateExtensions.Add([Security.Cryptography.X509Certificates.X509AuthorityKeyIdentifierExtension]::CreateFromCertificate($Authority.Certificate, $true, $false))
    $serial = [byte[]]::new(16)
    [Security.Cryptography.RandomNumberGenerator]::Fill($serial)
    $serial[0] = $serial[0] -band 0x7F
    $notAfter = [DateTimeOffset]::UtcNow.AddDays($Days)
    if ($notAfter -gt $Authority.Certificate.NotAfter) { $notAfter = [DateTimeOffset]$Authority.Certificate.NotAfter.ToUniversalTime() }
    $signed = $request.Create($Authority.Certificate, [DateTimeOffset]::UtcNow.AddDays(-1), $notAfter, $serial)
    $leaf = [Security.Cryptography.X509Certificates.RSACertificateExtensions]::CopyWithPrivateKey($signed, $key)
    $password = [guid]::NewGuid().ToString('N')
    $safe = $CommonName -replace '[^A-Za-z0-9._-]', '_'
    $pfx = Join-Path $folder "$safe.pfx"
    $pem = Join-Path $folder "$safe.pem"
    [IO.File]::WriteAllBytes($pfx, $leaf.Export([Security.Cryptography.X509Certificates.X509ContentType]::Pfx, $password))
    Write-PemFile $pem 'CERTIFICATE' $signed.RawData
    [pscustomobject]@{
        Path        = $pfx
        Password    = $password
        PemPath     = $pem
        Certificate = $signed
        Subject     = $signed.Subject
        Issuer      = $signed.Issuer
        Sha256      = Get-Sha256Hex $signed.RawData
        Folder      = $folder
    }
}

function Remove-TestCertificate {
    <# Deletes the folders New-TestCertificateAuthority and New-TestServerCertificate wrote. #>
    param([Parameter(ValueFromPipeline)] $Item)
    process { if ($Item -and $Item.Folder) { Remove-Item -Recurse -Force $Item.Folder -ErrorAction Ignore } }
}

Export-ModuleMember -Function Start-TestProxy, Stop-TestProxy, Get-TestProxyLog, Clear-TestProxyLog,
    New-TestCertificateAuthority, New-TestServerCertificate, Remove-TestCertificate, Get-FreeLoopbackPort

# Connections for instances behind proxies, private certificate authorities and access gateways (issue 13).
# Everything here runs against real pieces: tinyproxy (its own log proves what went through it), a throw-away
# certificate authority whose server certificate the simulator serves, and the simulator's access gateway.
# Tests that set environment variables run in a child pwsh (Invoke-IsolatedPwsh), so nothing leaks into others.
BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    Import-Module (Join-Path $PSScriptRoot '../NetworkTestHost.psm1') -Force

    $script:Token = Get-SimToken Root
    $script:SecureToken = ConvertTo-SecureString $script:Token -AsPlainText -Force
    $script:Sim = Start-CoolifySimulator

    # A private CA, a server certificate it signed for localhost and 127.0.0.1, and one for another name.
    $script:Ca = New-TestCertificateAuthority -Name 'Coolify Test Root CA'
    $script:OtherCa = New-TestCertificateAuthority -Name 'Unrelated Test CA'
    $script:Leaf = New-TestServerCertificate -Authority $script:Ca -DnsName localhost -IpAddress 127.0.0.1
    $script:WrongName = New-TestServerCertificate -Authority $script:Ca -DnsName other.example.com
    $script:Tls = Start-CoolifySimulator -Certificate $script:Leaf.Path -CertificatePassword $script:Leaf.Password
    $script:TlsWrongName = Start-CoolifySimulator -Certificate $script:WrongName.Path -CertificatePassword $script:WrongName.Password
    # Both CAs in one PEM file: the server's chain may end in any of them.
    $script:BundlePath = Join-Path $TestDrive 'bundle.pem'
    (Get-Content -Raw $script:OtherCa.PemPath) + (Get-Content -Raw $script:Ca.PemPath) | Set-Content -NoNewline $script:BundlePath

    $script:Proxy = Start-TestProxy
    $script:ProxyPassword = 'pr0xy-Pa55-9d7c1e'
    $script:ProxyCredential = [pscredential]::new('proxyuser', (ConvertTo-SecureString $script:ProxyPassword -AsPlainText -Force))
    $script:AuthProxy = Start-TestProxy -Credential $script:ProxyCredential
    $script:DeadPort = Get-FreeLoopbackPort

    # The access gateway's service token (the simulator wants exactly these values).
    $script:CfId = 'a1b2c3d4e5f6.access'
    $script:CfSecret = 'cf-s3cret-5d41402abc4b2a76b9719d911017c592'
    $script:Gate = @{ headers = @{ 'CF-Access-Client-Id' = $script:CfId; 'CF-Access-Client-Secret' = $script:CfSecret } }

    function Get-Sha256Loose([string] $Text) { ($Text -replace '[:\s-]', '').ToLowerInvariant() }

    function Wait-ProxyLog {
        # tinyproxy writes its log as it goes; give it a moment before concluding a line is missing.
        param($Proxy, [string] $Pattern, [int] $TimeoutMs = 3000)
        $deadline = [DateTime]::UtcNow.AddMilliseconds($TimeoutMs)
        do {
            $found = @(Get-TestProxyLog $Proxy -Pattern $Pattern)
            if ($found.Count) { return $found }
            Start-Sleep -Milliseconds 100
        } while ([DateTime]::UtcNow -lt $deadline)
        @()
    }

    function Get-ProxyRequestLine {
        # tinyproxy's line for a request it forwarded: 'Request (file descriptor N): GET http://host:port/path HTTP/1.1',
        # and for a tunnel: 'Request (file descriptor N): CONNECT host:port HTTP/1.1'.
        param($Proxy, [string] $Method, [string] $Target, [switch] $Wait)
        $pattern = "Request \(file descriptor \d+\): $Method $([regex]::Escape($Target))"
        if ($Wait) { Wait-ProxyLog $Proxy $pattern } else { @(Get-TestProxyLog $Proxy -Pattern $pattern) }
    }

    function Invoke-NetChild {
        <#
        Runs -Script in a fresh pwsh with the built module imported, HOME in the test drive, no proxy, CA,
        Coolify or gateway variables of this process, only those in -Environment, and -Location as its folder.
        The script prints 'RESULT <json>' lines; an error it does not catch is printed as 'ERRORID <id>' and
        'MESSAGE <message and recommended action>'. Returns the output lines.
        #>
        param([Parameter(Mandatory)][string] $Script, [hashtable] $Environment = @{}, [string] $Location)
        $names = 'HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'ALL_PROXY', 'http_proxy', 'https_proxy', 'no_proxy', 'all_proxy',
        'COOLIFY_URL', 'COOLIFY_TOKEN', 'COOLIFY_CA_CERT', 'COOLIFY_CF_ACCESS_CLIENT_ID', 'COOLIFY_CF_ACCESS_CLIENT_SECRET', 'COOLIFY_CLI_CONFIG'
        $lines = @("`$ErrorActionPreference = 'Stop'")
        foreach ($n in $names) { $lines += "Remove-Item 'Env:$n' -ErrorAction Ignore" }
        foreach ($k in $Environment.Keys) {
            $value = "$($Environment[$k])" -replace "'", "''"
            # On Linux the proxy variables are read in either case: set both.
            foreach ($name in @($k.ToUpperInvariant()) + @(if ($k -like '*_PROXY') { $k.ToLowerInvariant() })) { $lines += "`$env:$name = '$value'" }
        }
        if ($Location) { $lines += "Set-Location -LiteralPath '$($Location -replace "'", "''")'" }
        $lines += "Import-Module '$($script:ModulePath -replace "'", "''")'"
        $lines += 'try {'
        $lines += $Script
        $lines += '} catch { "ERRORID $($_.FullyQualifiedErrorId)"; "MESSAGE $($_.Exception.Message) $($_.ErrorDetails.RecommendedAction)" -replace "\r?\n", " " }'
        $userHome = Join-Path $TestDrive "home-$([guid]::NewGuid().ToString('N').Substring(0, 8))"
        @(Invoke-IsolatedPwsh -Command ($lines -join "`n") -UserHome $userHome -CaptureOutput)
    }

    function Get-ChildResult {
        param([string[]] $Output)
        $line = $Output | Where-Object { $_ -like 'RESULT *' } | Select-Object -Last 1
        if (-not $line) { throw "The child printed no RESULT line:`n$($Output -join "`n")" }
        $line.Substring(7) | ConvertFrom-Json
    }

    # What a child prints about its default connection and one request through it.
    $script:ReportConnection = @'
$c = Get-CoolifyConnection -Default
$count = @(Get-CoolifyService).Count
'RESULT ' + ([pscustomobject]@{ Name = $c.Name; Url = $c.Url; Proxy = "$($c.Proxy)"; Source = "$($c.Source)"; CertificateAuthority = "$($c.CertificateAuthority)"; HeaderNames = @($c.HeaderNames); Services = $count } | ConvertTo-Json -Compress)
'@
}

AfterAll {
    Get-CoolifyConnection -ErrorAction Ignore | Disconnect-Coolify
    foreach ($s in $script:Sim, $script:Tls, $script:TlsWrongName) { if ($s) { Stop-CoolifySimulator $s } }
    foreach ($p in $script:Proxy, $script:AuthProxy) { if ($p) { Stop-TestProxy $p } }
    $script:Ca, $script:OtherCa, $script:Leaf, $script:WrongName | Remove-TestCertificate
}

Describe 'The test network itself (tinyproxy, the test CA, the simulator''s certificate and gateway)' {
    BeforeEach { Reset-CoolifySimulator $script:Sim; Reset-CoolifySimulator $script:Tls; Clear-TestProxyLog $script:Proxy }

    It 'tinyproxy forwards plain http and logs the request' {
        $out = & curl -sS -x $script:Proxy.Url "$($script:Sim.Url)/api/health"
        $out | Should -Be 'OK'
        Get-ProxyRequestLine $script:Proxy GET "$($script:Sim.Url)/api/health" -Wait | Should -HaveCount 1
    }

    It 'tinyproxy tunnels https with CONNECT, and the simulator serves the CA-signed certificate (PEM CA file)' {
        $out = & curl -sS --cacert $script:Ca.PemPath -x $script:Proxy.Url "$($script:Tls.Url)/api/health"
        $out | Should -Be 'OK'
        Get-ProxyRequestLine $script:Proxy CONNECT ([uri]$script:Tls.Url).Authority -Wait | Should -HaveCount 1
    }

    It 'the DER file is the same CA certificate as the PEM file' {
        [Security.Cryptography.X509Certificates.X509Certificate2]::new($script:Ca.DerPath).Thumbprint |
            Should -Be ([Security.Cryptography.X509Certificates.X509Certificate2]::new($script:Ca.PemPath).Thumbprint)
    }

    It 'the served leaf is the one New-TestServerCertificate made: its SHA-256 matches' {
        $port = ([uri]$script:Tls.Url).Port
        $client = [Net.Sockets.TcpClient]::new('127.0.0.1', $port)
        try {
            $ssl = [Net.Security.SslStream]::new($client.GetStream(), $false, { $true })
            $ssl.AuthenticateAsClient('localhost')
            $seen = [Security.Cryptography.X509Certificates.X509Certificate2]::new($ssl.RemoteCertificate)
            [Convert]::ToHexString([Security.Cryptography.SHA256]::HashData($seen.RawData)).ToLowerInvariant() | Should -Be $script:Leaf.Sha256
            $seen.Issuer | Should -Match 'Coolify Test Root CA'
        }
        finally { $client.Dispose() }
    }

    It 'curl refuses the simulator with an unrelated CA and with a certificate for another name' {
        & curl -sS --cacert $script:OtherCa.PemPath "$($script:Tls.Url)/api/health" 2>$null
        $LASTEXITCODE | Should -Be 60
        & curl -sS --cacert $script:Ca.PemPath "$($script:TlsWrongName.Url)/api/health" 2>$null
        $LASTEXITCODE | Should -Be 60
        & curl -sS --cacert $script:BundlePath "$($script:Tls.Url)/api/health" | Should -Be 'OK'
    }

    It 'tinyproxy with -Credential wants Basic authentication (407 without it)' {
        & curl -s -o /dev/null -w '%{http_code}' -x $script:AuthProxy.Url "$($script:Sim.Url)/api/health" | Should -Be '407'
        & curl -s -x "http://proxyuser:$($script:ProxyPassword)@127.0.0.1:$($script:AuthProxy.Port)" "$($script:Sim.Url)/api/health" | Should -Be 'OK'
    }

    It 'the gateway answers 403 HTML or 302 to its login page without the headers, and lets them through with them' {
        $auth = "Authorization: Bearer $($script:Token)"
        Set-CoolifySimulator $script:Sim @{ access_gateway = $script:Gate + @{ mode = 'forbidden' } }
        & curl -s -o /dev/null -w '%{http_code}' -H $auth "$($script:Sim.Url)/api/v1/version" | Should -Be '403'
        & curl -s -H $auth -H "CF-Access-Client-Id: $($script:CfId)" -H "CF-Access-Client-Secret: $($script:CfSecret)" "$($script:Sim.Url)/api/v1/version" | Should -Be '4.3.11'
        & curl -s -o /dev/null -w '%{http_code}' -H $auth -H "CF-Access-Client-Id: $($script:CfId)" -H 'CF-Access-Client-Secret: wrong' "$($script:Sim.Url)/api/v1/version" | Should -Be '403'
        Set-CoolifySimulator $script:Sim @{ access_gateway = $script:Gate + @{ mode = 'redirect' } }
        & curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -H $auth "$($script:Sim.Url)/api/v1/version" | Should -BeLike '302 https://example.cloudflareaccess.com/cdn-cgi/access/login/*'
        $recorded = @(Get-CoolifySimulatorRequest $script:Sim)
        $recorded[1].header_names | Should -Contain 'CF-Access-Client-Secret'
        ($recorded | ConvertTo-Json -Depth 5) | Should -Not -Match ([regex]::Escape($script:CfSecret))
    }
}

Describe 'Connect-Coolify -Proxy' {
    BeforeEach {
        Get-CoolifyConnection -ErrorAction Ignore | Disconnect-Coolify
        Reset-CoolifySimulator $script:Sim; Reset-CoolifySimulator $script:Tls
        Clear-TestProxyLog $script:Proxy; Clear-TestProxyLog $script:AuthProxy
    }

    It 'sends every request through the proxy, loopback included, as tinyproxy''s log shows' {
        $c = Connect-Coolify -Url $script:Sim.Url -Token $script:SecureToken -Proxy $script:Proxy.Url -PassThru
        $c.ServerVersion | Should -Be '4.3.11'
        @(Get-CoolifyService -Connection $c).Count | Should -BeGreaterThan 0
        $null = Start-CoolifyService -Uuid k0wcgw4 -Connection $c
        Get-ProxyRequestLine $script:Proxy GET "$($script:Sim.Url)/api/v1/version" -Wait | Should -Not -BeNullOrEmpty
        Get-ProxyRequestLine $script:Proxy GET "$($script:Sim.Url)/api/v1/services" -Wait | Should -Not -BeNullOrEmpty
        Get-ProxyRequestLine $script:Proxy POST "$($script:Sim.Url)/api/v1/services/k0wcgw4/start" -Wait | Should -Not -BeNullOrEmpty
        "$($c.Proxy)".TrimEnd('/') | Should -Be $script:Proxy.Url
    }

    It 'tunnels https through the proxy with CONNECT, the certificate checked against -CertificateAuthority' {
        $c = Connect-Coolify -Url $script:Tls.Url -Token $script:SecureToken -Proxy $script:Proxy.Url -CertificateAuthority $script:Ca.PemPath -PassThru
        @(Get-CoolifyService -Connection $c).Count | Should -BeGreaterThan 0
        Get-ProxyRequestLine $script:Proxy CONNECT ([uri]$script:Tls.Url).Authority -Wait | Should -Not -BeNullOrEmpty
        @(Get-CoolifySimulatorRequest $script:Tls).path | Should -Contain '/api/v1/services'
    }

    It 'an unreachable proxy is a connection failure, and nothing reaches the server' {
        { Connect-Coolify -Url $script:Sim.Url -Token $script:SecureToken -Proxy "http://127.0.0.1:$($script:DeadPort)" -TimeoutSec 5 } | Should -Throw -ErrorId 'CoolifyConnectionFailed*'
        @(Get-CoolifySimulatorRequest $script:Sim).Count | Should -Be 0
    }

    It 'authenticates to the proxy with -ProxyCredential' {
        $c = Connect-Coolify -Url $script:Sim.Url -Token $script:SecureToken -Proxy $script:AuthProxy.Url -ProxyCredential $script:ProxyCredential -PassThru
        @(Get-CoolifyService -Connection $c).Count | Should -BeGreaterThan 0
        Get-ProxyRequestLine $script:AuthProxy GET "$($script:Sim.Url)/api/v1/services" -Wait | Should -Not -BeNullOrEmpty
        @(Get-CoolifySimulatorRequest $script:Sim).path | Should -Contain '/api/v1/services'
    }

    It 'a proxy that wants credentials and gets none or wrong ones is refused with a message naming the proxy' {
        $err = { Connect-Coolify -Url $script:Sim.Url -Token $script:SecureToken -Proxy $script:AuthProxy.Url } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'Coolify*'
        "$($err.Exception.Message) $($err.ErrorDetails.RecommendedAction)" | Should -Match '407|[Pp]roxy'
        $wrong = [pscredential]::new('proxyuser', (ConvertTo-SecureString 'not-the-password' -AsPlainText -Force))
        $err = { Connect-Coolify -Url $script:Sim.Url -Token $script:SecureToken -Proxy $script:AuthProxy.Url -ProxyCredential $wrong } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'Coolify*'
        Get-ProxyRequestLine $script:AuthProxy GET "$($script:Sim.Url)/api/v1/version" -Wait | Should -Not -BeNullOrEmpty -Because 'the request did go to the proxy'
        @(Get-CoolifySimulatorRequest $script:Sim).Count | Should -Be 0
        Get-CoolifyConnection -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }

    It 'never shows the proxy password: streams at -Verbose -Debug, $Error, Get-CoolifyConnection, JSON, Export-Clixml' {
        $Error.Clear()
        $all = Connect-Coolify -Url $script:Sim.Url -Token $script:SecureToken -Proxy $script:AuthProxy.Url -ProxyCredential $script:ProxyCredential -PassThru -Verbose -Debug 4>&1 5>&1 | Out-String
        $all += Get-CoolifyService -Verbose -Debug 4>&1 5>&1 | Out-String
        $all += Get-CoolifyService -Uuid 'nope0000' -Verbose -Debug -ErrorAction SilentlyContinue 4>&1 5>&1 | Out-String
        $wrong = [pscredential]::new('proxyuser', (ConvertTo-SecureString "$($script:ProxyPassword)-typo" -AsPlainText -Force))
        try { Connect-Coolify -Url $script:Sim.Url -Token $script:SecureToken -Proxy $script:AuthProxy.Url -ProxyCredential $wrong -Name typo -NoDefault -Verbose -Debug 4>&1 5>&1 | Out-Null } catch { }
        $all += Get-CoolifyConnection | Format-List * -Force | Out-String
        $all += Get-CoolifyConnection | ConvertTo-Json -Depth 5
        $file = Join-Path $TestDrive 'proxy-connection.xml'
        Get-CoolifyConnection | Export-Clixml $file
        $all += Get-Content -Raw $file
        $all += $Error | ForEach-Object { $_ | Format-List * -Force | Out-String; "$($_.Exception)" } | Out-String
        $all | Should -Match 'GET /api/v1/services'
        $all.Contains($script:ProxyPassword) | Should -BeFalse
        $all.Contains([Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes("proxyuser:$($script:ProxyPassword)"))) | Should -BeFalse -Because 'the Proxy-Authorization value is the password too'
        (Get-CoolifyConnection -Default).Proxy | Should -Not -Match 'proxyuser:'
    }

    It '-NoProxy bypasses HTTP_PROXY and HTTPS_PROXY even when they point to a dead port' {
        $dead = "http://127.0.0.1:$($script:DeadPort)"
        $out = Invoke-NetChild -Environment @{ HTTP_PROXY = $dead; HTTPS_PROXY = $dead} -Script @"
Connect-Coolify -Url '$($script:Sim.Url)' -Token (ConvertTo-SecureString '$($script:Token)' -AsPlainText -Force) -NoProxy -WarningAction SilentlyContinue
$script:ReportConnection
"@
        $r = Get-ChildResult $out
        $r.Services | Should -BeGreaterThan 0
        $r.Proxy | Should -Be 'none'
    }

    It 'without -Proxy takes HTTP_PROXY from the environment, loopback included, and says so' {
        $out = Invoke-NetChild -Environment @{ HTTP_PROXY = $script:Proxy.Url} -Script @"
Connect-Coolify -Url '$($script:Sim.Url)' -Token (ConvertTo-SecureString '$($script:Token)' -AsPlainText -Force) -WarningAction SilentlyContinue
$script:ReportConnection
"@
        $r = Get-ChildResult $out
        $r.Services | Should -BeGreaterThan 0
        $r.Proxy | Should -Be "environment ($($script:Proxy.Url.TrimEnd('/')))"
        Get-ProxyRequestLine $script:Proxy GET "$($script:Sim.Url)/api/v1/services" -Wait | Should -Not -BeNullOrEmpty
    }

    It 'without -Proxy takes HTTPS_PROXY for https: the proxy logs a CONNECT' {
        $out = Invoke-NetChild -Environment @{ HTTPS_PROXY = $script:Proxy.Url} -Script @"
Connect-Coolify -Url '$($script:Tls.Url)' -Token (ConvertTo-SecureString '$($script:Token)' -AsPlainText -Force) -CertificateAuthority '$($script:Ca.PemPath)' -WarningAction SilentlyContinue
$script:ReportConnection
"@
        (Get-ChildResult $out).Services | Should -BeGreaterThan 0
        Get-ProxyRequestLine $script:Proxy CONNECT ([uri]$script:Tls.Url).Authority -Wait | Should -Not -BeNullOrEmpty
    }

    It 'NO_PROXY exempts the host from the environment''s proxy' {
        $dead = "http://127.0.0.1:$($script:DeadPort)"
        $out = Invoke-NetChild -Environment @{ HTTP_PROXY = $dead; NO_PROXY = '127.0.0.1'} -Script @"
Connect-Coolify -Url '$($script:Sim.Url)' -Token (ConvertTo-SecureString '$($script:Token)' -AsPlainText -Force) -WarningAction SilentlyContinue
$script:ReportConnection
"@
        (Get-ChildResult $out).Services | Should -BeGreaterThan 0
    }

    It '-Proxy wins over HTTP_PROXY' {
        $dead = "http://127.0.0.1:$($script:DeadPort)"
        $out = Invoke-NetChild -Environment @{ HTTP_PROXY = $dead} -Script @"
Connect-Coolify -Url '$($script:Sim.Url)' -Token (ConvertTo-SecureString '$($script:Token)' -AsPlainText -Force) -Proxy '$($script:Proxy.Url)' -WarningAction SilentlyContinue
$script:ReportConnection
"@
        $r = Get-ChildResult $out
        $r.Services | Should -BeGreaterThan 0
        $r.Proxy.TrimEnd('/') | Should -Be $script:Proxy.Url
        Get-ProxyRequestLine $script:Proxy GET "$($script:Sim.Url)/api/v1/services" -Wait | Should -Not -BeNullOrEmpty
    }
}

Describe 'Connect-Coolify -CertificateAuthority and -CertificateThumbprint' {
    BeforeEach { Get-CoolifyConnection -ErrorAction Ignore | Disconnect-Coolify; Reset-CoolifySimulator $script:Tls }

    It 'trusts a server whose chain ends in the CA of a <Form> file' -ForEach @(@{ Form = 'PEM'; Key = 'PemPath' }, @{ Form = 'DER'; Key = 'DerPath' }) {
        $path = $script:Ca.$Key
        $c = Connect-Coolify -Url $script:Tls.Url -Token $script:SecureToken -CertificateAuthority $path -PassThru
        $c.ServerVersion | Should -Be '4.3.11'
        @(Get-CoolifyService -Connection $c).Count | Should -BeGreaterThan 0
        $c.CertificateAuthority | Should -Be $path
    }

    It 'takes a file with several CA certificates (a bundle)' {
        $c = Connect-Coolify -Url $script:Tls.Url -Token $script:SecureToken -CertificateAuthority $script:BundlePath -PassThru
        @(Get-CoolifyService -Connection $c).Count | Should -BeGreaterThan 0
    }

    It 'still refuses the private CA''s certificate without -CertificateAuthority' {
        { Connect-Coolify -Url $script:Tls.Url -Token $script:SecureToken } | Should -Throw -ErrorId 'CoolifyCertificateError*'
        @(Get-CoolifySimulatorRequest $script:Tls).Count | Should -Be 0
    }

    It 'refuses the server with an unrelated CA, saying which certificate it saw and how to trust it' {
        $err = { Connect-Coolify -Url $script:Tls.Url -Token $script:SecureToken -CertificateAuthority $script:OtherCa.PemPath } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'CoolifyCertificateError,*'
        $err.CategoryInfo.Category | Should -Be 'SecurityError'
        $text = "$($err.Exception.Message) $($err.ErrorDetails.RecommendedAction)"
        $text | Should -Match 'CN=localhost'
        $text | Should -Match 'Coolify Test Root CA'
        Get-Sha256Loose $text | Should -Match $script:Leaf.Sha256
        $text | Should -Match '-CertificateAuthority'
        $text | Should -Match '-CertificateThumbprint'
        $text | Should -Match '-SkipCertificateCheck'
        @(Get-CoolifySimulatorRequest $script:Tls).Count | Should -Be 0 -Because 'the token must not be sent to an untrusted server'
    }

    It 'still checks the host name: a certificate of the right CA for another name is refused' {
        $err = { Connect-Coolify -Url $script:TlsWrongName.Url -Token $script:SecureToken -CertificateAuthority $script:Ca.PemPath } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'CoolifyCertificateError,*'
        "$($err.Exception.Message)" | Should -Match 'other\.example\.com'
        Get-Sha256Loose "$($err.Exception.Message) $($err.ErrorDetails.RecommendedAction)" | Should -Match $script:WrongName.Sha256
        @(Get-CoolifySimulatorRequest $script:TlsWrongName).Count | Should -Be 0
    }

    It 'refuses a -CertificateAuthority file that does not exist, naming it' {
        $missing = Join-Path $TestDrive 'no-such-ca.pem'
        $err = { Connect-Coolify -Url $script:Tls.Url -Token $script:SecureToken -CertificateAuthority $missing } | Should -Throw -PassThru
        "$err" | Should -Match ([regex]::Escape('no-such-ca.pem'))
        @(Get-CoolifySimulatorRequest $script:Tls).Count | Should -Be 0
    }

    It 'uses COOLIFY_CA_CERT when -CertificateAuthority is not given, also for a bare Connect-Coolify' {
        $out = Invoke-NetChild -Environment @{ COOLIFY_CA_CERT = $script:Ca.PemPath } -Script @"
Connect-Coolify -Url '$($script:Tls.Url)' -Token (ConvertTo-SecureString '$($script:Token)' -AsPlainText -Force) -WarningAction SilentlyContinue
$script:ReportConnection
"@
        $r = Get-ChildResult $out
        $r.Services | Should -BeGreaterThan 0
        $r.CertificateAuthority | Should -Be $script:Ca.PemPath

        $out = Invoke-NetChild -Environment @{ COOLIFY_CA_CERT = $script:Ca.DerPath; COOLIFY_URL = $script:Tls.Url; COOLIFY_TOKEN = $script:Token } -Script @"
Connect-Coolify -WarningAction SilentlyContinue
$script:ReportConnection
"@
        (Get-ChildResult $out).Services | Should -BeGreaterThan 0
    }

    It '-CertificateAuthority wins over COOLIFY_CA_CERT' {
        $out = Invoke-NetChild -Environment @{ COOLIFY_CA_CERT = $script:OtherCa.PemPath } -Script @"
Connect-Coolify -Url '$($script:Tls.Url)' -Token (ConvertTo-SecureString '$($script:Token)' -AsPlainText -Force) -CertificateAuthority '$($script:Ca.PemPath)' -WarningAction SilentlyContinue
$script:ReportConnection
"@
        (Get-ChildResult $out).Services | Should -BeGreaterThan 0
    }

    It 'pins the leaf by its SHA-256 instead of a chain check, written as <Label>' -ForEach @(
        @{ Label = 'lower-case hex'; Form = 'lower' }, @{ Label = 'upper-case hex with colons'; Form = 'colons' }) {
        $pin = if ($Form -eq 'lower') { $script:Leaf.Sha256 } else { ($script:Leaf.Sha256.ToUpperInvariant() -split '(..)' -ne '') -join ':' }
        $c = Connect-Coolify -Url $script:Tls.Url -Token $script:SecureToken -CertificateThumbprint $pin -PassThru
        @(Get-CoolifyService -Connection $c).Count | Should -BeGreaterThan 0
        Get-Sha256Loose "$($c.CertificateThumbprint)" | Should -Match $script:Leaf.Sha256
    }

    It 'accepts any one of several pins' {
        $c = Connect-Coolify -Url $script:Tls.Url -Token $script:SecureToken -CertificateThumbprint ('0' * 64), $script:Leaf.Sha256 -PassThru
        $c.ServerVersion | Should -Be '4.3.11'
    }

    It 'refuses a wrong pin, naming the SHA-256 it saw and the three parameters' {
        $err = { Connect-Coolify -Url $script:Tls.Url -Token $script:SecureToken -CertificateThumbprint ('ab' * 32) } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'CoolifyCertificateError,*'
        $text = "$($err.Exception.Message) $($err.ErrorDetails.RecommendedAction)"
        Get-Sha256Loose $text | Should -Match $script:Leaf.Sha256
        $text | Should -Match 'CN=localhost'
        $text | Should -Match '-CertificateAuthority'
        $text | Should -Match '-CertificateThumbprint'
        $text | Should -Match '-SkipCertificateCheck'
        @(Get-CoolifySimulatorRequest $script:Tls).Count | Should -Be 0
    }

    It 'pins the leaf, not the CA: the CA''s own SHA-256 as a pin is refused' {
        { Connect-Coolify -Url $script:Tls.Url -Token $script:SecureToken -CertificateThumbprint $script:Ca.Sha256 } | Should -Throw -ErrorId 'CoolifyCertificateError*'
    }

    It 'with -CertificateAuthority a pin is checked in addition: right passes, wrong is refused' {
        $c = Connect-Coolify -Url $script:Tls.Url -Token $script:SecureToken -CertificateAuthority $script:Ca.PemPath -CertificateThumbprint $script:Leaf.Sha256 -PassThru
        $c.ServerVersion | Should -Be '4.3.11'
        { Connect-Coolify -Url $script:Tls.Url -Token $script:SecureToken -CertificateAuthority $script:Ca.PemPath -CertificateThumbprint ('cd' * 32) -Name wrong-pin } | Should -Throw -ErrorId 'CoolifyCertificateError*'
    }

    It 'works with -Context: CA file and pin apply to a CLI context''s URL' {
        $config = Join-Path $TestDrive 'tls-config.json'
        @{ instances = @(@{ name = 'tls'; fqdn = $script:Tls.Url; token = $script:Token; default = $true }) } | ConvertTo-Json -Depth 5 | Set-Content $config
        $c = Connect-Coolify -Context tls -ConfigPath $config -CertificateAuthority $script:Ca.PemPath -PassThru
        $c.Name | Should -Be 'tls'
        @(Get-CoolifyService -Connection $c).Count | Should -BeGreaterThan 0
        $c = Connect-Coolify -Context tls -ConfigPath $config -CertificateThumbprint $script:Leaf.Sha256 -Name pinned -PassThru
        $c.ServerVersion | Should -Be '4.3.11'
        { Connect-Coolify -Context tls -ConfigPath $config -CertificateAuthority $script:OtherCa.PemPath -Name refused } | Should -Throw -ErrorId 'CoolifyCertificateError*'
    }
}

Describe 'Connect-Coolify -Header and the Cloudflare Access service token' {
    BeforeEach {
        Get-CoolifyConnection -ErrorAction Ignore | Disconnect-Coolify
        Reset-CoolifySimulator $script:Sim
        Set-CoolifySimulator $script:Sim @{ access_gateway = $script:Gate + @{ mode = 'forbidden' } }
        $script:CfSecure = ConvertTo-SecureString $script:CfSecret -AsPlainText -Force
    }

    It 'without the service token the gateway''s 403 page is an error, not parsed as Coolify''s' {
        $err = { Connect-Coolify -Url $script:Sim.Url -Token $script:SecureToken } | Should -Throw -PassThru
        $err.Exception.Message | Should -Not -Match '<html|<!DOCTYPE'
        Get-CoolifyConnection -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }

    It '-CloudflareAccessClientId and -CloudflareAccessClientSecret pass the gateway on every request' {
        $c = Connect-Coolify -Url $script:Sim.Url -Token $script:SecureToken -CloudflareAccessClientId $script:CfId -CloudflareAccessClientSecret $script:CfSecure -PassThru
        $c.ServerVersion | Should -Be '4.3.11'
        @(Get-CoolifyService -Connection $c).Count | Should -BeGreaterThan 0
        $null = Start-CoolifyService -Uuid k0wcgw4 -Connection $c
        $recorded = @(Get-CoolifySimulatorRequest $script:Sim)
        $recorded.Count | Should -BeGreaterOrEqual 3
        foreach ($r in $recorded) {
            $r.header_names | Should -Contain 'CF-Access-Client-Id'
            $r.header_names | Should -Contain 'CF-Access-Client-Secret'
        }
        $c.HeaderNames | Should -Contain 'CF-Access-Client-Id'
        $c.HeaderNames | Should -Contain 'CF-Access-Client-Secret'
    }

    It '-Header takes string and SecureString values and sends them on every request' {
        $headers = @{ 'CF-Access-Client-Id' = $script:CfId; 'CF-Access-Client-Secret' = $script:CfSecure; 'X-Gateway-Tenant' = 'tenant-42' }
        $c = Connect-Coolify -Url $script:Sim.Url -Token $script:SecureToken -Header $headers -PassThru
        @(Get-CoolifyService -Connection $c).Count | Should -BeGreaterThan 0
        $null = Start-CoolifyService -Uuid k0wcgw4 -Connection $c
        foreach ($r in @(Get-CoolifySimulatorRequest $script:Sim)) { $r.header_names | Should -Contain 'X-Gateway-Tenant' }
        @($c.HeaderNames | Sort-Object) | Should -Be @('CF-Access-Client-Id', 'CF-Access-Client-Secret', 'X-Gateway-Tenant')
    }

    It 'a wrong secret is refused by the gateway' {
        $wrong = ConvertTo-SecureString 'not-the-secret' -AsPlainText -Force
        $err = { Connect-Coolify -Url $script:Sim.Url -Token $script:SecureToken -CloudflareAccessClientId $script:CfId -CloudflareAccessClientSecret $wrong } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'Coolify*'
        @(Get-CoolifySimulatorRequest $script:Sim)[0].header_names | Should -Contain 'CF-Access-Client-Secret'
        Get-CoolifyConnection -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }

    It 'a redirect to the gateway''s login page is CoolifyRedirected, naming -CloudflareAccessClientId and -Header' {
        Set-CoolifySimulator $script:Sim @{ access_gateway = $script:Gate + @{ mode = 'redirect' } }
        $err = { Connect-Coolify -Url $script:Sim.Url -Token $script:SecureToken } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'CoolifyRedirected,*'
        $text = "$($err.Exception.Message) $($err.ErrorDetails.RecommendedAction)"
        $text | Should -Match '-CloudflareAccessClientId'
        $text | Should -Match '-Header'
        $c = Connect-Coolify -Url $script:Sim.Url -Token $script:SecureToken -CloudflareAccessClientId $script:CfId -CloudflareAccessClientSecret $script:CfSecure -PassThru
        @(Get-CoolifyService -Connection $c).Count | Should -BeGreaterThan 0
    }

    It 'refuses -Header <Name> with CoolifyInvalidArgument before sending anything' -ForEach @(
        @{ Name = 'Authorization' }, @{ Name = 'authorization' }, @{ Name = 'Host' }) {
        $err = { Connect-Coolify -Url $script:Sim.Url -Token $script:SecureToken -Header @{ $Name = 'x' } -ErrorAction SilentlyContinue } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'CoolifyInvalidArgument,*'
        @(Get-CoolifySimulatorRequest $script:Sim).Count | Should -Be 0
        Get-CoolifyConnection -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }

    It 'a bare Connect-Coolify reads COOLIFY_CF_ACCESS_CLIENT_ID and COOLIFY_CF_ACCESS_CLIENT_SECRET besides COOLIFY_URL and COOLIFY_TOKEN' {
        $out = Invoke-NetChild -Environment @{ COOLIFY_URL = $script:Sim.Url; COOLIFY_TOKEN = $script:Token; COOLIFY_CF_ACCESS_CLIENT_ID = $script:CfId; COOLIFY_CF_ACCESS_CLIENT_SECRET = $script:CfSecret } -Script @"
Connect-Coolify -WarningAction SilentlyContinue
$script:ReportConnection
"@
        $r = Get-ChildResult $out
        $r.Services | Should -BeGreaterThan 0
        $r.Source | Should -Be 'environment'
        $r.HeaderNames | Should -Contain 'CF-Access-Client-Id'
        $r.HeaderNames | Should -Contain 'CF-Access-Client-Secret'
        ($out -join "`n").Contains($script:CfSecret) | Should -BeFalse
    }

    It 'never shows a header value: streams at -Verbose -Debug, a transcript, $Error, Get-CoolifyConnection, JSON, Export-Clixml' {
        $tenant = 'tenant-v4lue-7f3e9a'
        $wrongSecret = 'wr0ng-cf-s3cret-1b2c'
        $Error.Clear()
        $transcript = Join-Path $TestDrive 'headers-transcript.txt'
        Start-Transcript -Path $transcript -Force | Out-Null
        try {
            $all = Connect-Coolify -Url $script:Sim.Url -Token $script:SecureToken -Header @{ 'X-Gateway-Tenant' = $tenant } -CloudflareAccessClientId $script:CfId -CloudflareAccessClientSecret $script:CfSecure -PassThru -Verbose -Debug 4>&1 5>&1 | Out-String
            $all += Get-CoolifyService -Verbose -Debug 4>&1 5>&1 | Out-String
            $all += Get-CoolifyService -Uuid 'nope0000' -Verbose -Debug -ErrorAction SilentlyContinue 4>&1 5>&1 | Out-String
            $all += Invoke-CoolifyRequest 'version' -Verbose -Debug 4>&1 5>&1 -ErrorAction SilentlyContinue | Out-String
            try {
                Connect-Coolify -Url $script:Sim.Url -Token $script:SecureToken -CloudflareAccessClientId $script:CfId -CloudflareAccessClientSecret (ConvertTo-SecureString $wrongSecret -AsPlainText -Force) -Header @{ 'X-Gateway-Tenant' = $tenant } -Name refused -NoDefault -Verbose -Debug 4>&1 5>&1 | Out-Null
            }
            catch { }
            $all += Get-CoolifyConnection | Format-List * -Force | Out-String
            $all += Get-CoolifyConnection | ConvertTo-Json -Depth 5
            $all += $Error | ForEach-Object { $_ | Format-List * -Force | Out-String; "$($_.Exception)"; "$($_.ErrorDetails)" } | Out-String
        }
        finally { Stop-Transcript | Out-Null }
        $file = Join-Path $TestDrive 'header-connection.xml'
        Get-CoolifyConnection | Export-Clixml $file
        $all += Get-Content -Raw $file
        $all += Get-Content -Raw $transcript
        $all | Should -Match 'GET /api/v1/services'
        $all | Should -Match 'X-Gateway-Tenant' -Because 'the header names may show'
        $all.Contains($script:CfSecret) | Should -BeFalse
        $all.Contains($wrongSecret) | Should -BeFalse
        $all.Contains($tenant) | Should -BeFalse
        $all.Contains($script:CfId) | Should -BeFalse -Because 'header values are secrets, the client id too'
    }
}

Describe 'Repo-local context file (.coolify.json, .coolifyrc)' {
    BeforeAll {
        $script:CliConfig = Join-Path $TestDrive 'cli-config.json'
        @{
            instances = @(
                @{ name = 'sim'; fqdn = $script:Sim.Url; token = (Get-SimToken); default = $true }
                @{ name = 'repo-json'; fqdn = $script:Sim.Url; token = (Get-SimToken Read) }
                @{ name = 'repo-rc'; fqdn = $script:Sim.Url; token = (Get-SimToken Operator) }
            )
        } | ConvertTo-Json -Depth 5 | Set-Content $script:CliConfig

        $script:JsonRepo = Join-Path $TestDrive 'json-repo'
        $script:JsonDeep = Join-Path $script:JsonRepo 'src/app/deeper'
        $null = New-Item -ItemType Directory -Force $script:JsonDeep
        $script:JsonFile = Join-Path $script:JsonRepo '.coolify.json'
        '{ "context": "repo-json" }' | Set-Content $script:JsonFile

        $script:RcRepo = Join-Path $TestDrive 'rc-repo'
        $script:RcDeep = Join-Path $script:RcRepo 'deploy'
        $null = New-Item -ItemType Directory -Force $script:RcDeep
        $script:RcFile = Join-Path $script:RcRepo '.coolifyrc'
        '{ "context": "repo-rc" }' | Set-Content $script:RcFile

        $script:NoFile = Join-Path $TestDrive 'plain-folder'
        $null = New-Item -ItemType Directory -Force $script:NoFile

        $script:BrokenRepo = Join-Path $TestDrive 'unknown-repo'
        $null = New-Item -ItemType Directory -Force $script:BrokenRepo
        '{ "context": "no-such-context" }' | Set-Content (Join-Path $script:BrokenRepo '.coolify.json')

        $script:VerboseAndReport = @'
Connect-Coolify -Verbose -WarningAction SilentlyContinue 4>&1 | ForEach-Object { "VERBOSE $_" }
'@ + "`n" + $script:ReportConnection
    }
    BeforeEach { Reset-CoolifySimulator $script:Sim; Set-CoolifySimulator $script:Sim @{ access_gateway = $null } }

    It 'a bare Connect-Coolify finds .coolify.json in a parent folder and uses its context; -Verbose names the file' {
        $out = Invoke-NetChild -Location $script:JsonDeep -Environment @{ COOLIFY_CLI_CONFIG = $script:CliConfig } -Script $script:VerboseAndReport
        $r = Get-ChildResult $out
        $r.Name | Should -Be 'repo-json'
        $r.Source | Should -BeLike 'context file *'
        $r.Source | Should -Match ([regex]::Escape($script:JsonFile))
        ($out | Where-Object { $_ -like 'VERBOSE *' }) -join "`n" | Should -Match ([regex]::Escape($script:JsonFile))
    }

    It 'a bare Connect-Coolify finds .coolifyrc in a parent folder too' {
        $out = Invoke-NetChild -Location $script:RcDeep -Environment @{ COOLIFY_CLI_CONFIG = $script:CliConfig } -Script $script:VerboseAndReport
        $r = Get-ChildResult $out
        $r.Name | Should -Be 'repo-rc'
        $r.Source | Should -Match ([regex]::Escape($script:RcFile))
        ($out | Where-Object { $_ -like 'VERBOSE *' }) -join "`n" | Should -Match ([regex]::Escape($script:RcFile))
    }

    It 'the context file is looked for first: it wins over COOLIFY_URL and COOLIFY_TOKEN' {
        $out = Invoke-NetChild -Location $script:JsonDeep -Environment @{ COOLIFY_CLI_CONFIG = $script:CliConfig; COOLIFY_URL = 'http://127.0.0.1:9'; COOLIFY_TOKEN = 'x|y' } -Script $script:ReportConnection.Insert(0, "Connect-Coolify -WarningAction SilentlyContinue`n")
        (Get-ChildResult $out).Name | Should -Be 'repo-json'
    }

    It 'a context file without a CLI config to read it from gives way to COOLIFY_URL and COOLIFY_TOKEN (a CI checkout)' {
        $missing = Join-Path $TestDrive 'no-cli-config.json'
        $out = Invoke-NetChild -Location $script:JsonDeep -Environment @{ COOLIFY_CLI_CONFIG = $missing; COOLIFY_URL = $script:Sim.Url; COOLIFY_TOKEN = $script:Token } -Script $script:VerboseAndReport
        $r = Get-ChildResult $out
        $r.Source | Should -Be 'environment'
        $r.Services | Should -BeGreaterThan 0
        ($out | Where-Object { $_ -like 'VERBOSE *' }) -join "`n" | Should -Match 'no CLI config'
    }

    It '-DefaultContext takes the context file''s context over the one marked default, with -ConfigPath too' {
        $out = Invoke-NetChild -Location $script:JsonDeep -Script @"
Connect-Coolify -DefaultContext -ConfigPath '$($script:CliConfig)' -WarningAction SilentlyContinue
$script:ReportConnection
"@
        $r = Get-ChildResult $out
        $r.Name | Should -Be 'repo-json'
        $r.Source | Should -Match ([regex]::Escape($script:JsonFile))
    }

    It 'without a context file -DefaultContext takes the default context, Source saying so' {
        $out = Invoke-NetChild -Location $script:NoFile -Environment @{ COOLIFY_CLI_CONFIG = $script:CliConfig } -Script @"
Connect-Coolify -DefaultContext -WarningAction SilentlyContinue
$script:ReportConnection
"@
        $r = Get-ChildResult $out
        $r.Name | Should -Be 'sim'
        $r.Source | Should -BeLike 'CLI context sim (*config.json)'
    }

    It 'a context file naming an unknown context is CoolifyContextNotFound, never a token' {
        $out = Invoke-NetChild -Location $script:BrokenRepo -Environment @{ COOLIFY_CLI_CONFIG = $script:CliConfig } -Script 'Connect-Coolify'
        ($out | Where-Object { $_ -like 'ERRORID *' }) | Should -BeLike 'ERRORID CoolifyContextNotFound,*'
        ($out -join "`n") | Should -Not -Match ((Get-SimToken).Split('|')[1])
    }
}

Describe 'Get-CoolifyConnection shows how a connection was made, without secrets' {
    BeforeEach {
        Get-CoolifyConnection -ErrorAction Ignore | Disconnect-Coolify
        Reset-CoolifySimulator $script:Sim; Reset-CoolifySimulator $script:Tls
    }

    It 'a connection from parameters: Source parameters, Proxy system, no CA, pins or headers' {
        $null = Connect-Coolify -Url $script:Sim.Url -Token $script:SecureToken
        $c = Get-CoolifyConnection -Default
        $c.Source | Should -Be 'parameters'
        $c.Proxy | Should -Be 'system'
        $c.CertificateAuthority | Should -BeNullOrEmpty
        $c.CertificateThumbprint | Should -BeNullOrEmpty
        @($c.HeaderNames | Where-Object { $_ }).Count | Should -Be 0
    }

    It '-NoProxy shows Proxy none; -Proxy with credentials shows the URL without them' {
        (Connect-Coolify -Url $script:Sim.Url -Token $script:SecureToken -NoProxy -PassThru -Name direct).Proxy | Should -Be 'none'
        $c = Connect-Coolify -Url $script:Sim.Url -Token $script:SecureToken -Proxy $script:AuthProxy.Url -ProxyCredential $script:ProxyCredential -PassThru -Name proxied
        "$($c.Proxy)".TrimEnd('/') | Should -Be $script:AuthProxy.Url
        "$((Get-CoolifyConnection proxied).Proxy)".TrimEnd('/') | Should -Be $script:AuthProxy.Url
    }

    It 'shows CertificateAuthority, CertificateThumbprint and HeaderNames, names only' {
        $secret = ConvertTo-SecureString 'hdr-v4lue-0c1d' -AsPlainText -Force
        $null = Connect-Coolify -Url $script:Tls.Url -Token $script:SecureToken -CertificateAuthority $script:Ca.PemPath -CertificateThumbprint $script:Leaf.Sha256 -Header @{ 'X-Gateway-Tenant' = $secret }
        $c = Get-CoolifyConnection -Default
        $c.CertificateAuthority | Should -Be $script:Ca.PemPath
        Get-Sha256Loose "$($c.CertificateThumbprint)" | Should -Match $script:Leaf.Sha256
        $c.HeaderNames | Should -Be 'X-Gateway-Tenant'
        ($c | Format-List * -Force | Out-String) | Should -Not -Match 'hdr-v4lue-0c1d'
        ($c | Format-List * | Out-String) | Should -Match 'X-Gateway-Tenant'
    }

    It 'a connection from a CLI context says CLI context and the name' {
        $config = Join-Path $TestDrive 'source-config.json'
        @{ instances = @(@{ name = 'sim'; fqdn = $script:Sim.Url; token = $script:Token; default = $true }) } | ConvertTo-Json -Depth 5 | Set-Content $config
        $c = Connect-Coolify -Context sim -ConfigPath $config -PassThru
        $c.Source | Should -BeLike 'CLI context sim (*config.json)'
    }

    It 'a connection from COOLIFY_URL and COOLIFY_TOKEN says environment' {
        $out = Invoke-NetChild -Location $TestDrive -Environment @{ COOLIFY_URL = $script:Sim.Url; COOLIFY_TOKEN = $script:Token } -Script ("Connect-Coolify -WarningAction SilentlyContinue`n" + $script:ReportConnection)
        (Get-ChildResult $out).Source | Should -Be 'environment'
    }
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:Sim = Start-CoolifySimulator
}

AfterAll {
    Disconnect-Coolify
    Stop-CoolifySimulator $script:Sim
}

Describe 'Connect-Coolify' {
    BeforeEach { Reset-CoolifySimulator $script:Sim; Disconnect-Coolify }

    It 'connects with -Token, reads the server version and returns a typed connection with -PassThru' {
        $connection = Connect-Sim -PassThru
        $connection | Should -BeOfType 'Coolify.CoolifyConnection'
        $connection.ServerVersion | Should -Be '4.3.11'
        $connection.Url | Should -Be $script:Sim.Url
        $connection.CanRead | Should -BeTrue
        (Get-CoolifyConnection).Url | Should -Be $script:Sim.Url
    }

    It 'accepts a base URL pasted with /api/v1 and a trailing slash' {
        $c = Connect-Coolify -Url "$($script:Sim.Url)/api/v1/" -Token (ConvertTo-SecureString (Get-SimToken) -AsPlainText -Force) -PassThru
        $c.Url | Should -Be $script:Sim.Url
    }

    It 'connects with -Credential whose password is the token' {
        $credential = [pscredential]::new('ignored', (ConvertTo-SecureString (Get-SimToken) -AsPlainText -Force))
        $c = Connect-Coolify -Url $script:Sim.Url -Credential $credential -PassThru
        $c.ServerVersion | Should -Be '4.3.11'
    }

    It 'connects from COOLIFY_URL and COOLIFY_TOKEN when given no arguments (runbooks)' {
        $env:COOLIFY_URL = $script:Sim.Url
        $env:COOLIFY_TOKEN = Get-SimToken
        try {
            Connect-Coolify
            (Get-CoolifyService).Count | Should -BeGreaterThan 0
        }
        finally {
            Remove-Item Env:COOLIFY_URL, Env:COOLIFY_TOKEN -ErrorAction SilentlyContinue
        }
    }

    It 'says how to connect when there are no arguments and no environment variables' {
        Remove-Item Env:COOLIFY_URL, Env:COOLIFY_TOKEN -ErrorAction SilentlyContinue
        { Connect-Coolify } | Should -Throw -ErrorId 'CoolifyMissingToken*'
    }

    It 'refuses a wrong token with CoolifyUnauthenticated (AuthenticationError)' {
        $err = { Connect-Coolify -Url $script:Sim.Url -Token (ConvertTo-SecureString '9|wrongtoken' -AsPlainText -Force) } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'CoolifyUnauthenticated,*'
        $err.CategoryInfo.Category | Should -Be 'AuthenticationError'
        Get-CoolifyConnection -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }

    It 'says the API is disabled with CoolifyApiDisabled (NotEnabled) and how to enable it' {
        Set-CoolifySimulator $script:Sim @{ api_enabled = $false }
        $err = { Connect-Sim } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'CoolifyApiDisabled,*'
        $err.CategoryInfo.Category | Should -Be 'NotEnabled'
        $err.ErrorDetails.RecommendedAction | Should -Match 'Settings'
    }

    It 'says the IP address is not allowed with CoolifyIpNotAllowed' {
        Set-CoolifySimulator $script:Sim @{ allowed_ips = '10.1.2.3' }
        { Connect-Sim } | Should -Throw -ErrorId 'CoolifyIpNotAllowed*'
    }

    It 'connects with a deploy-only token, warning what it cannot do' {
        $secure = ConvertTo-SecureString (Get-SimToken Deploy) -AsPlainText -Force
        $c = Connect-Coolify -Url $script:Sim.Url -Token $secure -PassThru -WarningVariable warnings -WarningAction SilentlyContinue
        $c.CanRead | Should -BeFalse
        "$warnings" | Should -Match "no 'read' permission"
        $err = { Get-CoolifyService -ErrorAction Stop } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'CoolifyPermissionDenied,*'
        $err.CategoryInfo.Category | Should -Be 'PermissionDenied'
        $err.Exception.Message | Should -Match 'Missing required permissions: read'
        (Start-CoolifyService -Uuid k0wcgw4).Message | Should -Be 'Service starting request queued.'
    }

    It 'reports an unreachable host with CoolifyConnectionFailed' {
        $err = { Connect-Coolify -Url 'http://127.0.0.1:9' -Token (ConvertTo-SecureString 'x|y' -AsPlainText -Force) } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'CoolifyConnectionFailed,*'
        $err.CategoryInfo.Category | Should -Be 'ConnectionError'
    }

    It 'refuses to send a token over http:// to a host that is not loopback, and says how to proceed' {
        $err = { Connect-Coolify -Url 'http://coolify.example.com:8000' -Token (ConvertTo-SecureString 'x|y' -AsPlainText -Force) } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'CoolifyUnencryptedAuthentication,*'
        "$($err.Exception.Message) $($err.ErrorDetails.RecommendedAction)" | Should -Match 'AllowUnencryptedAuthentication'
        $err.ErrorDetails.RecommendedAction | Should -Match 'https://'
    }

    It 'with -AllowUnencryptedAuthentication goes on to contact the host' {
        $err = { Connect-Coolify -Url 'http://192.0.2.1:8000' -Token (ConvertTo-SecureString 'x|y' -AsPlainText -Force) -AllowUnencryptedAuthentication -TimeoutSec 1 } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -Not -BeLike 'CoolifyUnencryptedAuthentication*'
        $err.FullyQualifiedErrorId | Should -Match '^Coolify(Timeout|ConnectionFailed),'
    }

    It 'gives up on a server that never answers after -TimeoutSec with CoolifyTimeout' {
        Add-CoolifySimulatorFault $script:Sim @{ path_prefix = '/api/v1/version'; hang = $true; count = 1 }
        $watch = [Diagnostics.Stopwatch]::StartNew()
        { Connect-Coolify -Url $script:Sim.Url -Token (ConvertTo-SecureString (Get-SimToken) -AsPlainText -Force) -TimeoutSec 1 } | Should -Throw -ErrorId 'CoolifyTimeout*'
        $watch.Elapsed.TotalSeconds | Should -BeLessThan 10
    }

    It 'refuses a URL that is not http(s) before sending anything' {
        { Connect-Coolify -Url 'ftp://coolify.example.com' -Token (ConvertTo-SecureString 'x|y' -AsPlainText -Force) } | Should -Throw -ErrorId 'CoolifyInvalidUrl*'
    }
}

Describe 'Connections' {
    BeforeEach { Reset-CoolifySimulator $script:Sim; Disconnect-Coolify }

    It 'Disconnect-Coolify leaves cmdlets saying how to connect' {
        Connect-Sim
        Disconnect-Coolify
        { Get-CoolifyService } | Should -Throw -ErrorId 'CoolifyNotConnected*'
        Get-CoolifyConnection -ErrorAction SilentlyContinue -ErrorVariable e | Should -BeNullOrEmpty
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyNotConnected,*'
    }

    It '-Connection targets another connection than the default' {
        Connect-Sim
        $deployOnly = Connect-Sim -TokenName Deploy -PassThru
        Connect-Sim
        (Get-CoolifyService).Count | Should -BeGreaterThan 0
        { Get-CoolifyService -Connection $deployOnly -ErrorAction Stop } | Should -Throw -ErrorId 'CoolifyPermissionDenied*'
    }

    It 'never exposes the token in the connection object, its JSON, its CliXml or its string form' {
        $token = Get-SimToken
        $c = Connect-Sim -PassThru
        $file = Join-Path ([IO.Path]::GetTempPath()) "coolify-conn-$PID.xml"
        try {
            $c | Export-Clixml $file
            (Get-Content -Raw $file) | Should -Not -Match ([regex]::Escape($token.Split('|')[1]))
        }
        finally { Remove-Item $file -ErrorAction SilentlyContinue }
        ($c | ConvertTo-Json -Depth 5) | Should -Not -Match ([regex]::Escape($token.Split('|')[1]))
        ($c | Format-List * | Out-String) | Should -Not -Match ([regex]::Escape($token.Split('|')[1]))
        "$c" | Should -Be $script:Sim.Url
    }
}

Describe 'TLS' {
    BeforeAll { $script:Tls = Start-CoolifySimulator -Https }
    AfterAll { Stop-CoolifySimulator $script:Tls }

    It 'refuses a self-signed certificate by default, naming -SkipCertificateCheck' {
        $err = { Connect-Coolify -Url $script:Tls.Url -Token (ConvertTo-SecureString (Get-SimToken) -AsPlainText -Force) } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'CoolifyCertificateError,*'
        $err.CategoryInfo.Category | Should -Be 'SecurityError'
        $err.ErrorDetails.RecommendedAction | Should -Match 'SkipCertificateCheck'
    }

    It 'works with -SkipCertificateCheck' {
        $c = Connect-Coolify -Url $script:Tls.Url -Token (ConvertTo-SecureString (Get-SimToken) -AsPlainText -Force) -SkipCertificateCheck -PassThru
        $c.ServerVersion | Should -Be '4.3.11'
        (Get-CoolifyService -Connection $c).Count | Should -BeGreaterThan 0
    }
}

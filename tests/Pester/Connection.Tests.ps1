BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:Sim = Start-CoolifySimulator
}

AfterAll {
    Get-CoolifyConnection -ErrorAction Ignore | Disconnect-Coolify
    Stop-CoolifySimulator $script:Sim
}

Describe 'Connect-Coolify' {
    # Connections are process-wide: other test files may have left some registered.
    BeforeEach { Reset-CoolifySimulator $script:Sim; Get-CoolifyConnection -ErrorAction Ignore | Disconnect-Coolify }

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
    BeforeEach { Reset-CoolifySimulator $script:Sim; Get-CoolifyConnection -ErrorAction Ignore | Disconnect-Coolify }

    It 'Disconnect-Coolify leaves cmdlets saying how to connect' {
        Connect-Sim
        Disconnect-Coolify
        { Get-CoolifyService } | Should -Throw -ErrorId 'CoolifyNotConnected*'
        Get-CoolifyConnection -ErrorAction SilentlyContinue -ErrorVariable e | Should -BeNullOrEmpty
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyNotConnected,*'
    }

    It '-Connection targets another connection than the default' {
        Connect-Sim
        $deployOnly = Connect-Sim -TokenName Deploy -PassThru -Name deploy-only
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

Describe 'Named connections' {
    BeforeAll { $script:Sim2 = Start-CoolifySimulator }
    AfterAll { Stop-CoolifySimulator $script:Sim2 }
    BeforeEach {
        Reset-CoolifySimulator $script:Sim; Reset-CoolifySimulator $script:Sim2
        Get-CoolifyConnection -ErrorAction Ignore | Disconnect-Coolify
        Connect-Sim -Name first
        Connect-Sim -Name second -Simulator $script:Sim2 -NoDefault
        Clear-CoolifySimulatorRequest $script:Sim; Clear-CoolifySimulatorRequest $script:Sim2
    }

    It 'registers each -Name; the first stays the default under -NoDefault, IsDefault marks it' {
        $all = @(Get-CoolifyConnection)
        $all.Name | Should -Be 'first', 'second'
        $all.IsDefault | Should -Be $true, $false
        (Get-CoolifyConnection -Default).Name | Should -Be 'first'
        (Get-CoolifyConnection second).Url | Should -Be $script:Sim2.Url
    }

    It '-Connection <name> reaches that instance, and no -Connection the default' {
        $null = Get-CoolifyService -Connection second
        $null = Get-CoolifyServer
        @(Get-CoolifySimulatorRequest $script:Sim2).path | Should -Be '/api/v1/services'
        @(Get-CoolifySimulatorRequest $script:Sim).path | Should -Be '/api/v1/servers'
    }

    It 'an unknown -Connection name is refused before sending, listing the known names' {
        $err = { Get-CoolifyService -Connection staging } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'ParameterArgumentTransformationError*'
        $err.Exception.Message | Should -Match "named 'staging'.*first, second"
        @(Get-CoolifySimulatorRequest $script:Sim).Count + @(Get-CoolifySimulatorRequest $script:Sim2).Count | Should -Be 0
    }

    It 'Get-CoolifyConnection -Name takes wildcards; a plain name that matches nothing is an error' {
        (Get-CoolifyConnection -Name 's*').Name | Should -Be 'second'
        Get-CoolifyConnection -Name 'x*' | Should -BeNullOrEmpty
        Get-CoolifyConnection -Name prod -ErrorAction SilentlyContinue -ErrorVariable e | Should -BeNullOrEmpty
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyConnectionNotFound,*'
    }

    It 'connecting again under a name replaces the old connection and closes it; the default follows' {
        $old = Get-CoolifyConnection first
        Connect-Sim -Name first -Simulator $script:Sim2 -NoDefault
        $new = Get-CoolifyConnection first
        $new.Url | Should -Be $script:Sim2.Url
        $new.IsDefault | Should -BeTrue
        $err = { Get-CoolifyService -Connection $old } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'CoolifyNotConnected,*'
        $err.ErrorDetails.RecommendedAction | Should -Match "-Connection 'first'"
    }

    It 'Disconnect-Coolify -Name removes one; removing the default leaves no default' {
        Disconnect-Coolify -Name second
        (Get-CoolifyConnection).Name | Should -Be 'first'
        Disconnect-Coolify -Name first
        Connect-Sim -Name other -NoDefault
        { Get-CoolifyService } | Should -Throw -ErrorId 'CoolifyNotConnected*'
        Get-CoolifyConnection -Default -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        Disconnect-Coolify -Name gone -ErrorAction SilentlyContinue -ErrorVariable e
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyConnectionNotFound,*'
        $e[0].Exception.Message | Should -Match 'Known names: other'
    }

    It 'a connection made without -Name is named after host and port, and reconnecting replaces it' {
        $c = Connect-Sim -PassThru
        $c.Name | Should -Be ([uri]$script:Sim.Url).Authority
        Connect-Sim
        @(Get-CoolifyConnection -Name $c.Name).Count | Should -Be 1
        (Get-CoolifyConnection -Default).Name | Should -Be $c.Name
    }

    It 'completes -Connection with the registered names' {
        $line = 'Get-CoolifyService -Connection s'
        $found = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches
        $found.CompletionText | Should -Be 'second'
        $found[0].ToolTip | Should -Be $script:Sim2.Url
        $line = 'Disconnect-Coolify -Name '
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be 'first', 'second'
    }

    It 'runspaces of ForEach-Object -Parallel share the named connections' {
        $path = $script:ModulePath
        $counts = 1..3 | ForEach-Object -ThrottleLimit 3 -Parallel {
            Import-Module $using:path
            @(Get-CoolifyService -Connection second).Count
        }
        $counts | Should -HaveCount 3
        @(Get-CoolifySimulatorRequest $script:Sim2).Count | Should -Be 3
        @(Get-CoolifySimulatorRequest $script:Sim).Count | Should -Be 0
    }

    It 'objects piped on go back to the connection they came from, unless -Connection says otherwise' {
        $service = Get-CoolifyService -Connection second -Name n8n
        $service.ConnectionName | Should -Be 'second'
        $service | Start-CoolifyService | ForEach-Object ConnectionName | Should -Be 'second'
        Get-CoolifyApplication -Connection second -Name web-frontend | Restart-CoolifyApplication
        Get-CoolifyProject -Connection second -Uuid prj0web00000000000000000 | ForEach-Object { $_.Environments.ConnectionName } | Select-Object -Unique | Should -Be 'second'
        @(Get-CoolifySimulatorRequest $script:Sim2 -Method POST).path | Should -Be '/api/v1/services/k0wcgw4/start', '/api/v1/applications/app0webfrontend000000000/restart'
        @(Get-CoolifySimulatorRequest $script:Sim).Count | Should -Be 0

        $service | Restart-CoolifyService -Connection first
        @(Get-CoolifySimulatorRequest $script:Sim -Method POST).path | Should -Be '/api/v1/services/k0wcgw4/restart'
    }

    It 'objects back from Export-Clixml keep their connection; one whose connection is gone is refused' {
        $file = Join-Path $TestDrive 'services.xml'
        Get-CoolifyService -Connection second -Name n8n | Export-Clixml $file
        Import-Clixml $file | Start-CoolifyService
        @(Get-CoolifySimulatorRequest $script:Sim2 -Method POST).path | Should -Be '/api/v1/services/k0wcgw4/start'

        Disconnect-Coolify -Name second
        $err = { Import-Clixml $file | Start-CoolifyService } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'CoolifyNotConnected,*'
        $err.Exception.Message | Should -Match "'second'"
        @(Get-CoolifySimulatorRequest $script:Sim -Method POST).Count | Should -Be 0
    }

    It 'never shows a token: ConvertTo-Json of the connections, Get-CoolifyConnection | Format-List *' {
        $secret = (Get-SimToken).Split('|')[1]
        (Get-CoolifyConnection | ConvertTo-Json -Depth 5) | Should -Not -Match $secret
        (Get-CoolifyConnection | Format-List * | Out-String) | Should -Not -Match $secret
        (Get-CoolifyConnection | Format-List * | Out-String) | Should -Match 'second'
    }
}

Describe 'Contexts of the coolify CLI' {
    BeforeAll {
        # The CLI's own format (coollabsio/coolify-cli internal/config): instances with name, fqdn, token, default.
        $script:CliConfig = Join-Path $TestDrive 'config.json'
        @{
            instances           = @(
                @{ name = 'cloud'; fqdn = 'https://app.coolify.io'; token = '' }
                @{ name = 'sim'; fqdn = $script:Sim.Url; token = (Get-SimToken); default = $true }
                @{ name = 'sim-deploy'; fqdn = $script:Sim.Url; token = (Get-SimToken Deploy) }
            )
            lastUpdateCheckTime = '2026-09-01T10:00:00Z'
        } | ConvertTo-Json -Depth 5 | Set-Content -Path $script:CliConfig
        $script:Secret = (Get-SimToken).Split('|')[1]
    }
    BeforeEach { Get-CoolifyConnection -ErrorAction Ignore | Disconnect-Coolify }
    AfterEach { Remove-Item Env:COOLIFY_CLI_CONFIG -ErrorAction Ignore }

    It '-Context reads URL and token from the file and names the connection after the context' {
        $c = Connect-Coolify -Context sim-deploy -ConfigPath $script:CliConfig -PassThru -WarningAction SilentlyContinue
        $c.Name | Should -Be 'sim-deploy'
        $c.Url | Should -Be $script:Sim.Url
        $c.CanRead | Should -BeFalse
        $c.IsDefault | Should -BeTrue
        (Connect-Coolify -Context sim -ConfigPath $script:CliConfig -Name mine -NoDefault -PassThru).Name | Should -Be 'mine'
        (Get-CoolifyConnection -Default).Name | Should -Be 'sim-deploy'
    }

    It '-DefaultContext takes the context marked default, from the file COOLIFY_CLI_CONFIG names' {
        $env:COOLIFY_CLI_CONFIG = $script:CliConfig
        Connect-Coolify -DefaultContext
        (Get-CoolifyConnection -Default).Name | Should -Be 'sim'
        (Get-CoolifyService).Count | Should -BeGreaterThan 0
    }

    It 'an unknown context lists the names the file has, and never a token' {
        $err = { Connect-Coolify -Context prod -ConfigPath $script:CliConfig } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'CoolifyContextNotFound,*'
        $err.Exception.Message | Should -Match 'cloud, sim \(default\), sim-deploy'
        "$err $($err.ErrorDetails.RecommendedAction)" | Should -Not -Match $script:Secret
    }

    It 'a context without a token is CoolifyMissingToken, saying how the CLI sets one' {
        $err = { Connect-Coolify -Context cloud -ConfigPath $script:CliConfig } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'CoolifyMissingToken,*'
        $err.ErrorDetails.RecommendedAction | Should -Match 'coolify context set-token cloud'
    }

    It 'a missing or broken file is reported without quoting it' {
        { Connect-Coolify -Context sim -ConfigPath (Join-Path $TestDrive 'none.json') } | Should -Throw -ErrorId 'CoolifyCliConfigNotFound*'
        $broken = Join-Path $TestDrive 'broken.json'
        Set-Content $broken "{ `"instances`": [ { `"token`": `"$($script:Secret)`" "
        $err = { Connect-Coolify -Context sim -ConfigPath $broken } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'CoolifyCliConfigInvalid,*'
        "$err" | Should -Not -Match $script:Secret
    }

    It 'the token from the file appears in no output, verbose, JSON or list view' {
        $all = Connect-Coolify -Context sim -ConfigPath $script:CliConfig -PassThru -Verbose 4>&1 | Out-String
        $all += Get-CoolifyConnection | Format-List * | Out-String
        $all += Get-CoolifyConnection | ConvertTo-Json -Depth 5
        $all += Get-CoolifyService -Verbose -Debug 4>&1 5>&1 | Out-String
        $all | Should -Match 'sim'
        $all | Should -Not -Match $script:Secret
    }

    It 'completes -Context with the names of the contexts in the file' {
        $line = "Connect-Coolify -ConfigPath '$($script:CliConfig)' -Context si"
        $found = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches
        $found.CompletionText | Should -Be 'sim', 'sim-deploy'
        $found.ToolTip | Should -Not -Match $script:Secret
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

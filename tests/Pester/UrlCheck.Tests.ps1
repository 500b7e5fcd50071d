# Issue 15 item 2, "the site answers": Test-CoolifyApplicationUrl and -WaitForUrl on the deploy cmdlets, against the
# simulator's application sites (GET /_sim/site/<uuid>, see tests/Coolify.Simulator/README.md).
BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:Sim = Start-CoolifySimulator
    $script:Web = 'app0webfrontend000000000'
    $script:Api = 'app1apibackend0000000000'
    $script:Worker = 'app2worker00000000000000'
}

AfterAll {
    Disconnect-Coolify
    Stop-CoolifySimulator $script:Sim
}

Describe 'Test-CoolifyApplicationUrl' {
    BeforeEach {
        Reset-CoolifySimulator $script:Sim
        Connect-Sim
    }

    It 'passes a URL that turns healthy after a delay' {
        $url = Set-CoolifySimulatorSite $script:Sim $script:Web -UnreadyMs 1200
        $result = Get-CoolifyApplication -Name web-frontend | Test-CoolifyApplicationUrl -Timeout 20 -ErrorVariable e
        $e | Should -BeNullOrEmpty
        $result | Should -BeOfType 'Coolify.CoolifyUrlCheckResult'
        $result.Uuid | Should -Be $script:Web
        $result.Name | Should -Be 'web-frontend'
        $result.Ready | Should -BeTrue
        $result.UrlStatus.Url | Should -Be $url
        $result.UrlStatus.StatusCode | Should -Be 200
        $result.UrlStatus.Attempts | Should -BeGreaterThan 1 -Because 'it answered 503 first'
        @(Get-CoolifySimulatorSiteRequest $script:Sim | Where-Object status -eq 503).Count | Should -BeGreaterThan 0
    }

    It 'fails a URL that never answers with CoolifyUrlNotReady, naming the URL and its last status' {
        $url = Set-CoolifySimulatorSite $script:Sim $script:Web -Status 503
        $result = Test-CoolifyApplicationUrl -Uuid $script:Web -Timeout 2 -ErrorVariable e -ErrorAction SilentlyContinue
        $e.Count | Should -Be 1
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyUrlNotReady,*'
        $e[0].Exception.Message | Should -BeLike "*$url*"
        $e[0].Exception.Message | Should -BeLike '*503 Service Unavailable*'
        $result.Ready | Should -BeFalse
        $result.UrlStatus.StatusCode | Should -Be 503
    }

    It 'names the network error of a URL that gets no answer' {
        $result = Test-CoolifyApplicationUrl -Uuid $script:Web -Url 'http://127.0.0.1:1/' -Timeout 1 -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyUrlNotReady,*'
        $e[0].Exception.Message | Should -BeLike '*http://127.0.0.1:1/ still gets no answer*'
        $result.UrlStatus.StatusCode | Should -BeNullOrEmpty
        $result.UrlStatus.Error | Should -Not -BeNullOrEmpty
    }

    It 'never sends the token or the connection''s extra headers to the application' {
        $null = Set-CoolifySimulatorSite $script:Sim $script:Web
        Connect-Coolify -Url $script:Sim.Url -Token (ConvertTo-SecureString (Get-SimToken) -AsPlainText -Force) -Header @{ 'X-Gateway-Secret' = 'gw-s3cret' } -WarningAction SilentlyContinue
        $result = Test-CoolifyApplicationUrl -Uuid $script:Web -Timeout 10
        $result.Ready | Should -BeTrue
        $api = @(Get-CoolifySimulatorRequest $script:Sim | Where-Object path -like "*/applications/$($script:Web)")
        $api[0].has_authorization | Should -BeTrue -Because 'the API request itself carries the token'
        $site = @(Get-CoolifySimulatorSiteRequest $script:Sim)
        $site.Count | Should -BeGreaterThan 0
        $site | ForEach-Object { $_.has_authorization | Should -BeFalse }
        $site | ForEach-Object { $_.header_names | Should -Not -Contain 'X-Gateway-Secret' }
    }

    It 'goes on with the other applications when one fails' {
        $null = Set-CoolifySimulatorSite $script:Sim $script:Web
        $bad = Set-CoolifySimulatorSite $script:Sim $script:Api -Status 500
        $results = @(Get-CoolifyApplication -Tag prod | Test-CoolifyApplicationUrl -Timeout 2 -ErrorVariable e -ErrorAction SilentlyContinue)
        $results.Count | Should -Be 2
        ($results | Where-Object Uuid -eq $script:Web).Ready | Should -BeTrue
        ($results | Where-Object Uuid -eq $script:Api).Ready | Should -BeFalse
        $e.Count | Should -Be 1
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyUrlNotReady,*'
        $e[0].Exception.Message | Should -BeLike "*$bad*500*"
    }

    It 'checks every domain of a comma-separated fqdn' {
        $one = Set-CoolifySimulatorSite $script:Sim $script:Web
        Set-CoolifyApplication -Uuid $script:Web -Domains "$one,$one/health" -ForceDomainOverride -Confirm:$false -WarningAction SilentlyContinue | Out-Null
        $result = Test-CoolifyApplicationUrl -Uuid $script:Web -Timeout 10
        $result.UrlStatus.Url | Should -Be @($one, "$one/health")
        $result.Ready | Should -BeTrue
    }

    It '-Url overrides the fqdn' {
        $null = Set-CoolifySimulatorSite $script:Sim $script:Web -Status 503
        $other = Set-CoolifySimulatorSite $script:Sim $script:Api -KeepFqdn
        $result = Test-CoolifyApplicationUrl -Uuid $script:Web -Url $other -Timeout 5
        $result.Ready | Should -BeTrue
        $result.UrlStatus.Url | Should -Be $other
        @(Get-CoolifySimulatorSiteRequest $script:Sim | Where-Object uuid -eq $script:Web).Count | Should -Be 0
    }

    It 'takes a redirect as an answer and does not follow it' {
        $null = Set-CoolifySimulatorSite $script:Sim $script:Web -Status 302 -Location 'http://127.0.0.1:1/login'
        $result = Test-CoolifyApplicationUrl -Uuid $script:Web -Timeout 5
        $result.Ready | Should -BeTrue
        $result.UrlStatus.StatusCode | Should -Be 302
        $result.UrlStatus.Attempts | Should -Be 1
    }

    It 'warns about an application without domains' {
        $result = Test-CoolifyApplicationUrl -Uuid $script:Worker -Timeout 2 -WarningVariable w -WarningAction SilentlyContinue
        $w | Should -Not -BeNullOrEmpty
        $result.Ready | Should -BeFalse
        $result.UrlStatus | Should -BeNullOrEmpty
    }

    It 'refuses a -Url that is not an absolute http(s) address before anything is sent' {
        Clear-CoolifySimulatorRequest $script:Sim
        { Test-CoolifyApplicationUrl -Uuid $script:Web -Url 'ftp://example.com/' -ErrorAction Stop } | Should -Throw -ErrorId 'CoolifyInvalidArgument*'
        @(Get-CoolifySimulatorRequest $script:Sim).Count | Should -Be 0
    }
}

Describe '-WaitForUrl' {
    BeforeEach {
        Reset-CoolifySimulator $script:Sim
        Set-CoolifySimulator $script:Sim @{ deployment_queued_ms = 200; deployment_in_progress_ms = 500; site_unready_ms = 800 }
        Connect-Sim
        $script:WebUrl = Set-CoolifySimulatorSite $script:Sim $script:Web
    }

    It 'Deploy-CoolifyApplication -WaitForUrl checks the site only after the deployment finished' {
        $result = Deploy-CoolifyApplication -Uuid $script:Web -WaitForUrl -Timeout 30
        $result.Status | Should -Be 'finished'
        $result.UrlStatus.Url | Should -Be $script:WebUrl
        $result.UrlStatus.Ready | Should -BeTrue
        $result.UrlStatus.StatusCode | Should -Be 200
        $site = @(Get-CoolifySimulatorSiteRequest $script:Sim)
        $site.Count | Should -BeGreaterThan 1 -Because 'the new container answered 503 at first'
        $site | ForEach-Object { $_.container | Should -Be 'new' -Because 'the old container answers during the build, and that must not count' }
    }

    It 'Deploy-CoolifyApplication -ShowBuildLog -WaitForUrl shows the build log and checks the site' {
        $records = @(Deploy-CoolifyApplication -Uuid $script:Web -ShowBuildLog -WaitForUrl -Timeout 30 6>&1)
        $log = @($records | Where-Object { $_ -is [System.Management.Automation.InformationRecord] -and $_.Tags -contains 'CoolifyBuildLog' })
        $log.Count | Should -BeGreaterThan 0 -Because 'the build log is followed inside the site check'
        $result = @($records | Where-Object { $_ -is [Coolify.CoolifyActionResult] })[0]
        $result.Status | Should -Be 'finished'
        $result.UrlStatus.Ready | Should -BeTrue
    }

    It 'Deploy-CoolifyApplication -WaitForUrl fails with CoolifyUrlNotReady when the new site never answers' {
        $null = Set-CoolifySimulatorSite $script:Sim $script:Web -Status 503
        $thrown = { Deploy-CoolifyApplication -Uuid $script:Web -WaitForUrl -Timeout 4 -ErrorAction Stop } | Should -Throw -ErrorId 'CoolifyUrlNotReady*' -PassThru
        $thrown.Exception.Message | Should -BeLike "*$($script:WebUrl)*503*"
        $thrown.TargetObject.UrlStatus.StatusCode | Should -Be 503
        $thrown.TargetObject.Status | Should -Be 'finished'
    }

    It 'Start-CoolifyApplication -Wait -WaitForUrl' {
        $result = Start-CoolifyApplication -Uuid $script:Web -Wait -WaitForUrl -Timeout 30
        $result.Status | Should -Be 'finished'
        $result.UrlStatus.Ready | Should -BeTrue
    }

    It 'Restart-CoolifyApplication -WaitForUrl implies -Wait' {
        $result = Restart-CoolifyApplication -Uuid $script:Web -WaitForUrl -Timeout 30
        $result.Status | Should -Be 'finished'
        $result.UrlStatus.Ready | Should -BeTrue
        @(Get-CoolifySimulatorSiteRequest $script:Sim) | ForEach-Object { $_.container | Should -Be 'new' }
    }

    It 'Wait-CoolifyDeployment -WaitForUrl adds UrlStatus to the deployment' {
        $started = Start-CoolifyApplication -Uuid $script:Web
        $deployment = $started | Wait-CoolifyDeployment -WaitForUrl -Timeout 30
        $deployment | Should -BeOfType 'Coolify.CoolifyDeployment'
        $deployment.Status | Should -Be 'finished'
        $deployment.UrlStatus.Url | Should -Be $script:WebUrl
        $deployment.UrlStatus.Ready | Should -BeTrue
    }

    It 'Wait-CoolifyDeployment -WaitForUrl needs the application or -Url' {
        $started = Start-CoolifyApplication -Uuid $script:Web
        Wait-CoolifyDeployment -DeploymentUuid $started.DeploymentUuid -WaitForUrl -ErrorVariable e -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyInvalidArgument,*'
        Wait-CoolifyDeployment -DeploymentUuid $started.DeploymentUuid -Url $script:WebUrl -Timeout 30 | ForEach-Object { $_.UrlStatus.Ready | Should -BeTrue }
    }

    It '-Url on Deploy-CoolifyApplication overrides the domains' {
        $null = Set-CoolifySimulatorSite $script:Sim $script:Web -Status 503
        $other = Set-CoolifySimulatorSite $script:Sim $script:Api -KeepFqdn
        $result = Deploy-CoolifyApplication -Uuid $script:Web -Url $other -Timeout 30
        $result.UrlStatus.Url | Should -Be $other
        $result.UrlStatus.Ready | Should -BeTrue
    }

    It 'several deployments, one site failing: the others are written' {
        $null = Set-CoolifySimulatorSite $script:Sim $script:Api -Status 503
        $results = @($script:Web, $script:Api | Deploy-CoolifyApplication -WaitForUrl -Timeout 4 -ErrorVariable e -ErrorAction SilentlyContinue)
        $results.Count | Should -Be 1
        $results[0].Uuid | Should -Be $script:Web
        $results[0].UrlStatus.Ready | Should -BeTrue
        $e.Count | Should -Be 1
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyUrlNotReady,*'
    }

    It 'does not check the site of a failed build' {
        $broken = 'app3brokenbuild000000000'
        $null = Set-CoolifySimulatorSite $script:Sim $broken
        Deploy-CoolifyApplication -Uuid $broken -WaitForUrl -Timeout 30 -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyDeploymentFailed,*'
        @(Get-CoolifySimulatorSiteRequest $script:Sim).Count | Should -Be 0
    }
}

Describe 'URL checks over TLS' {
    BeforeAll { $script:Tls = Start-CoolifySimulator -Https }
    AfterAll { Stop-CoolifySimulator $script:Tls }

    It 'use the connection''s certificate check (-SkipCertificateCheck accepts the self-signed site)' {
        $c = Connect-Coolify -Url $script:Tls.Url -Token (ConvertTo-SecureString (Get-SimToken) -AsPlainText -Force) -SkipCertificateCheck -PassThru -NoDefault -WarningAction SilentlyContinue
        $url = Set-CoolifySimulatorSite $script:Tls $script:Web
        $url | Should -BeLike 'https://*'
        $result = Test-CoolifyApplicationUrl -Uuid $script:Web -Connection $c -Timeout 10
        $result.Ready | Should -BeTrue
        $result.UrlStatus.StatusCode | Should -Be 200
    }
}

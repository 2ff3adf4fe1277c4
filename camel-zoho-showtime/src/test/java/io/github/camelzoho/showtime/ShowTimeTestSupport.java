package io.github.camelzoho.showtime;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/** A CamelContext per test with zoho-oauth and zoho-showtime pointing at one WireMock server. */
abstract class ShowTimeTestSupport extends CamelTestSupport {

    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .configureStaticDsl(true)
            .build();

    protected RecordingSleeper sleeper;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        sleeper = ShowTimeStubs.configure(context, wireMock.baseUrl());
        return context;
    }

    @BeforeEach
    void stubAccountsServer() {
        ShowTimeStubs.stubToken();
    }
}

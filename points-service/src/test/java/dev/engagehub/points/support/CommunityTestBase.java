package dev.engagehub.points.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Each test gets a fresh community with the default rules, so tests never see each other's members. */
public abstract class CommunityTestBase {
    protected PointsApi api;

    @BeforeEach
    void createCommunity() {
        api = PointsApi.newCommunity();
    }

    @AfterEach
    void closeCommunity() {
        api.close();
    }
}

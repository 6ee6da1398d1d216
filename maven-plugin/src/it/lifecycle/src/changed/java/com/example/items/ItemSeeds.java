package com.example.items;

import dev.ashlar.seed.SeedContext;
import dev.ashlar.seed.Seeds;
import java.util.Map;

public final class ItemSeeds implements Seeds {
    @Override
    public void seed(SeedContext context) {
        context.ashlar().create(Items.ITEM, Map.of("name", "tea"));
        context.ashlar().create(Items.ITEM, Map.of("name", "coffee"));
    }
}

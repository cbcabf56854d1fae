from tests.world import World


def test_received_item_is_found_by_its_code_and_verifies(world: World) -> None:
    item = world.receive()
    assert world.services.items.by_code(world.keeper, item.code.lower()).id == item.id

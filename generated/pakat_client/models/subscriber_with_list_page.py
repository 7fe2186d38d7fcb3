from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscriber_with_list import SubscriberWithList


T = TypeVar("T", bound="SubscriberWithListPage")


@_attrs_define
class SubscriberWithListPage:
    """All the subscribers found, as one page.

    Attributes:
        records (list[SubscriberWithList]):
        count (int | str | Unset): How many records there are (an integer).
        current_page (int | None | str | Unset): Always 1.
        next_page (int | None | str | Unset): Always null.
        prev_page (int | None | str | Unset): Always null.
        total_pages (int | None | str | Unset): Always 1.
    """

    records: list[SubscriberWithList]
    count: int | str | Unset = UNSET
    current_page: int | None | str | Unset = UNSET
    next_page: int | None | str | Unset = UNSET
    prev_page: int | None | str | Unset = UNSET
    total_pages: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        records = []
        for records_item_data in self.records:
            records_item = records_item_data.to_dict()
            records.append(records_item)

        count: int | str | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        current_page: int | None | str | Unset
        if isinstance(self.current_page, Unset):
            current_page = UNSET
        else:
            current_page = self.current_page

        next_page: int | None | str | Unset
        if isinstance(self.next_page, Unset):
            next_page = UNSET
        else:
            next_page = self.next_page

        prev_page: int | None | str | Unset
        if isinstance(self.prev_page, Unset):
            prev_page = UNSET
        else:
            prev_page = self.prev_page

        total_pages: int | None | str | Unset
        if isinstance(self.total_pages, Unset):
            total_pages = UNSET
        else:
            total_pages = self.total_pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "records": records,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count
        if current_page is not UNSET:
            field_dict["current_page"] = current_page
        if next_page is not UNSET:
            field_dict["next_page"] = next_page
        if prev_page is not UNSET:
            field_dict["prev_page"] = prev_page
        if total_pages is not UNSET:
            field_dict["total_pages"] = total_pages

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.subscriber_with_list import SubscriberWithList

        d = dict(src_dict)
        records = []
        _records = d.pop("records")
        for records_item_data in _records:
            records_item = SubscriberWithList.from_dict(records_item_data)

            records.append(records_item)

        def _parse_count(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        count = _parse_count(d.pop("count", UNSET))

        def _parse_current_page(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        current_page = _parse_current_page(d.pop("current_page", UNSET))

        def _parse_next_page(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        next_page = _parse_next_page(d.pop("next_page", UNSET))

        def _parse_prev_page(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        prev_page = _parse_prev_page(d.pop("prev_page", UNSET))

        def _parse_total_pages(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        total_pages = _parse_total_pages(d.pop("total_pages", UNSET))

        subscriber_with_list_page = cls(
            records=records,
            count=count,
            current_page=current_page,
            next_page=next_page,
            prev_page=prev_page,
            total_pages=total_pages,
        )

        subscriber_with_list_page.additional_properties = d
        return subscriber_with_list_page

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

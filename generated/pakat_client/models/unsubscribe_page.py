from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.unsubscribe import Unsubscribe


T = TypeVar("T", bound="UnsubscribePage")


@_attrs_define
class UnsubscribePage:
    """One page of unsubscriptions.

    Attributes:
        count (int | str | Unset): How many records exist in all pages; an integer or a string.
        total_pages (int | str | Unset): How many pages there are; an integer or a string.
        current_page (int | str | Unset): The page returned; an integer or a string.
        next_page (int | None | str | Unset): The next page, or null on the last page.
        prev_page (int | None | str | Unset): The previous page, or null on the first page.
        records (list[Unsubscribe] | Unset):
    """

    count: int | str | Unset = UNSET
    total_pages: int | str | Unset = UNSET
    current_page: int | str | Unset = UNSET
    next_page: int | None | str | Unset = UNSET
    prev_page: int | None | str | Unset = UNSET
    records: list[Unsubscribe] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count: int | str | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        total_pages: int | str | Unset
        if isinstance(self.total_pages, Unset):
            total_pages = UNSET
        else:
            total_pages = self.total_pages

        current_page: int | str | Unset
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

        records: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.records, Unset):
            records = []
            for records_item_data in self.records:
                records_item = records_item_data.to_dict()
                records.append(records_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if total_pages is not UNSET:
            field_dict["total_pages"] = total_pages
        if current_page is not UNSET:
            field_dict["current_page"] = current_page
        if next_page is not UNSET:
            field_dict["next_page"] = next_page
        if prev_page is not UNSET:
            field_dict["prev_page"] = prev_page
        if records is not UNSET:
            field_dict["records"] = records

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.unsubscribe import Unsubscribe

        d = dict(src_dict)

        def _parse_count(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        count = _parse_count(d.pop("count", UNSET))

        def _parse_total_pages(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        total_pages = _parse_total_pages(d.pop("total_pages", UNSET))

        def _parse_current_page(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

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

        _records = d.pop("records", UNSET)
        records: list[Unsubscribe] | Unset = UNSET
        if _records is not UNSET:
            records = []
            for records_item_data in _records:
                records_item = Unsubscribe.from_dict(records_item_data)

                records.append(records_item)

        unsubscribe_page = cls(
            count=count,
            total_pages=total_pages,
            current_page=current_page,
            next_page=next_page,
            prev_page=prev_page,
            records=records,
        )

        unsubscribe_page.additional_properties = d
        return unsubscribe_page

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
